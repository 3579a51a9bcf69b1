using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class WishesAndHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hours_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hours_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "micro_wishes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClaimedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClaimedBySubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FulfilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FulfilmentNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_wishes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hours_corrections",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BeforeStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BeforeEndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    BeforeHours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    AfterStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AfterEndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AfterHours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hours_corrections", x => new { x.EntryId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_hours_corrections_hours_entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "hours_entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "micro_wish_history",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    WishId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_wish_history", x => new { x.WishId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_micro_wish_history_micro_wishes_WishId",
                        column: x => x.WishId,
                        principalTable: "micro_wishes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hours_entries_District",
                table: "hours_entries",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_hours_entries_District_Status_StartedAt",
                table: "hours_entries",
                columns: new[] { "District", "Status", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hours_entries_District_VolunteerId_StartedAt",
                table: "hours_entries",
                columns: new[] { "District", "VolunteerId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_hours_entries_event_credit",
                table: "hours_entries",
                columns: new[] { "VolunteerId", "SourceId" },
                unique: true,
                filter: "\"Source\" = 'Event'");

            migrationBuilder.CreateIndex(
                name: "IX_hours_entries_open_check_in",
                table: "hours_entries",
                column: "VolunteerId",
                unique: true,
                filter: "\"EndedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_District",
                table: "micro_wishes",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_District_GridId",
                table: "micro_wishes",
                columns: new[] { "District", "GridId" });

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_District_Status_CreatedAt",
                table: "micro_wishes",
                columns: new[] { "District", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_District_UnitId",
                table: "micro_wishes",
                columns: new[] { "District", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_expiry",
                table: "micro_wishes",
                column: "Deadline",
                filter: "\"Status\" IN ('Posted', 'Claimed') AND \"Deadline\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hours_corrections");

            migrationBuilder.DropTable(
                name: "micro_wish_history");

            migrationBuilder.DropTable(
                name: "hours_entries");

            migrationBuilder.DropTable(
                name: "micro_wishes");
        }
    }
}
