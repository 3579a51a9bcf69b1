using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerPool : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    HomeUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    PartyMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Focus = table.Column<string[]>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    GridId = table.Column<Guid>(type: "uuid", nullable: true),
                    StreetId = table.Column<Guid>(type: "uuid", nullable: true),
                    Availability = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_skills",
                columns: table => new
                {
                    Skill = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CredentialName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CredentialVerified = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteer_skills", x => new { x.VolunteerId, x.Skill });
                    table.ForeignKey(
                        name: "FK_volunteer_skills_volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_skills_Skill",
                table: "volunteer_skills",
                column: "Skill");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_District",
                table: "volunteers",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_PartyMemberId",
                table: "volunteers",
                column: "PartyMemberId",
                filter: "\"PartyMemberId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "volunteer_skills");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
