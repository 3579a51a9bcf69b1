using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Grid.Data.Migrations
{
    /// <inheritdoc />
    public partial class People : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_micro_wishes_VisitId",
                table: "micro_wishes",
                column: "VisitId");

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
                name: "IX_worker_assignments_GridId",
                table: "worker_assignments",
                column: "GridId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "micro_wishes");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "worker_assignments");

            migrationBuilder.DropTable(
                name: "door_visits");

            migrationBuilder.DropTable(
                name: "grid_workers");

            migrationBuilder.DropTable(
                name: "households");
        }
    }
}
