using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Governance.Grid.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    StreetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ReporterName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReporterPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequiredSkill = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    LevelEnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AmberAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Overdue = table.Column<bool>(type: "boolean", nullable: false),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Satisfaction = table.Column<int>(type: "integer", nullable: true),
                    SatisfactionComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    MergedInto = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Assistance = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "grid_workers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Employment = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Account = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_grid_workers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    DoorNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    MessageType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AggregateId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    TraceParent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    TraceState = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "territorial_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Boundary = table.Column<byte[]>(type: "bytea", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territorial_units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "territory_revisions",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territory_revisions", x => x.District);
                });

            migrationBuilder.CreateTable(
                name: "case_history",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_history", x => new { x.CaseId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_case_history_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "worker_assignments",
                columns: table => new
                {
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Duty = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_worker_assignments", x => new { x.WorkerId, x.GridId });
                    table.ForeignKey(
                        name: "FK_worker_assignments_grid_workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "grid_workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "door_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visitors = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_door_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_door_visits_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HouseholdId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuildingId = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SpecialGroups = table.Column<string[]>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_residents_households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "micro_wishes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Deadline = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FulfilledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FulfilledNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FulfilledBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_micro_wishes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_micro_wishes_door_visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "door_visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cases_District",
                table: "cases",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_cases_District_CommunityId",
                table: "cases",
                columns: new[] { "District", "CommunityId" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_District_DueAt_Id",
                table: "cases",
                columns: new[] { "District", "DueAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_District_GridId_Category",
                table: "cases",
                columns: new[] { "District", "GridId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_District_StreetId",
                table: "cases",
                columns: new[] { "District", "StreetId" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Latitude",
                table: "cases",
                column: "Latitude");

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedInto",
                table: "cases",
                column: "MergedInto");

            migrationBuilder.CreateIndex(
                name: "IX_cases_sla_timer",
                table: "cases",
                column: "DueAt",
                filter: "\"Status\" IN ('Reported', 'Accepted', 'InProgress') AND NOT \"Overdue\"");

            migrationBuilder.CreateIndex(
                name: "IX_door_visits_District",
                table: "door_visits",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_door_visits_District_GridId_VisitedAt",
                table: "door_visits",
                columns: new[] { "District", "GridId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_door_visits_District_GroupId_VisitedAt",
                table: "door_visits",
                columns: new[] { "District", "GroupId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_door_visits_District_HouseholdId_VisitedAt",
                table: "door_visits",
                columns: new[] { "District", "HouseholdId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_door_visits_HouseholdId",
                table: "door_visits",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_grid_workers_District",
                table: "grid_workers",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_grid_workers_District_Account",
                table: "grid_workers",
                columns: new[] { "District", "Account" },
                unique: true,
                filter: "\"Account\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_households_District",
                table: "households",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_households_District_BuildingId_DoorNumber",
                table: "households",
                columns: new[] { "District", "BuildingId", "DoorNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_households_District_GridId",
                table: "households",
                columns: new[] { "District", "GridId" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_ProcessedAt",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_micro_wishes_VisitId",
                table: "micro_wishes",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_EventId",
                table: "outbox_messages",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_pending",
                table: "outbox_messages",
                column: "Id",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_SentAt",
                table: "outbox_messages",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_residents_District",
                table: "residents",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_residents_District_BuildingId",
                table: "residents",
                columns: new[] { "District", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_District_GridId",
                table: "residents",
                columns: new[] { "District", "GridId" });

            migrationBuilder.CreateIndex(
                name: "IX_residents_HouseholdId",
                table: "residents",
                column: "HouseholdId");

            migrationBuilder.CreateIndex(
                name: "IX_residents_SpecialGroups",
                table: "residents",
                column: "SpecialGroups")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_territorial_units_District",
                table: "territorial_units",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_territorial_units_District_Code",
                table: "territorial_units",
                columns: new[] { "District", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_territorial_units_District_ParentId_Level",
                table: "territorial_units",
                columns: new[] { "District", "ParentId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_worker_assignments_GridId",
                table: "worker_assignments",
                column: "GridId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_history");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "micro_wishes");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "territorial_units");

            migrationBuilder.DropTable(
                name: "territory_revisions");

            migrationBuilder.DropTable(
                name: "worker_assignments");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "door_visits");

            migrationBuilder.DropTable(
                name: "grid_workers");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
