using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteersCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Skill = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StreetId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    GridId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UnmatchedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_needs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "skills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LocalName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HomeUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Focus = table.Column<string[]>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    HomeUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StreetId = table.Column<Guid>(type: "uuid", nullable: true),
                    CommunityId = table.Column<Guid>(type: "uuid", nullable: true),
                    GridId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    PartyMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Focus = table.Column<string[]>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Availability = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_volunteers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    NeedId = table.Column<Guid>(type: "uuid", nullable: false),
                    VolunteerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    To = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assignments", x => new { x.NeedId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_assignments_needs_NeedId",
                        column: x => x.NeedId,
                        principalTable: "needs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_members",
                columns: table => new
                {
                    VolunteerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_team_members", x => new { x.TeamId, x.VolunteerId });
                    table.ForeignKey(
                        name: "FK_team_members_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.InsertData(
                table: "skills",
                columns: new[] { "Id", "Code", "District", "LocalName", "Name", "ParentCode" },
                values: new object[,]
                {
                    { new Guid("0195f000-0000-7000-8000-000000000001"), "medical", null, "医疗", "Medical care", null },
                    { new Guid("0195f000-0000-7000-8000-000000000002"), "first-aid", null, "医疗救护", "First aid", "medical" },
                    { new Guid("0195f000-0000-7000-8000-000000000003"), "nursing", null, "护理", "Nursing", "medical" },
                    { new Guid("0195f000-0000-7000-8000-000000000004"), "legal", null, "法律", "Legal", null },
                    { new Guid("0195f000-0000-7000-8000-000000000005"), "legal-consultation", null, "法律咨询", "Legal consultation", "legal" },
                    { new Guid("0195f000-0000-7000-8000-000000000006"), "mediation", null, "纠纷调解", "Dispute mediation", "legal" },
                    { new Guid("0195f000-0000-7000-8000-000000000007"), "psychology", null, "心理", "Psychology", null },
                    { new Guid("0195f000-0000-7000-8000-000000000008"), "counselling", null, "心理咨询", "Counselling", "psychology" },
                    { new Guid("0195f000-0000-7000-8000-000000000009"), "it", null, "信息技术", "Information technology", null },
                    { new Guid("0195f000-0000-7000-8000-00000000000a"), "network-security", null, "网络安全", "Network security", "it" },
                    { new Guid("0195f000-0000-7000-8000-00000000000b"), "digital-help", null, "智能设备帮助", "Help with phones and apps", "it" },
                    { new Guid("0195f000-0000-7000-8000-00000000000c"), "health-education", null, "健康教育", "Health education", null },
                    { new Guid("0195f000-0000-7000-8000-00000000000d"), "elder-care", null, "养老照护", "Elder care", null },
                    { new Guid("0195f000-0000-7000-8000-00000000000e"), "child-care", null, "儿童看护", "Child care", null },
                    { new Guid("0195f000-0000-7000-8000-00000000000f"), "repairs", null, "维修", "Repairs", null },
                    { new Guid("0195f000-0000-7000-8000-000000000010"), "electrical-repairs", null, "电器维修", "Electrical repairs", "repairs" },
                    { new Guid("0195f000-0000-7000-8000-000000000011"), "plumbing", null, "水管维修", "Plumbing", "repairs" },
                    { new Guid("0195f000-0000-7000-8000-000000000012"), "teaching", null, "教学辅导", "Teaching", null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_assignments_VolunteerId_From",
                table: "assignments",
                columns: new[] { "VolunteerId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_needs_District",
                table: "needs",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_needs_SourceKind_SourceId",
                table: "needs",
                columns: new[] { "SourceKind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_skills_District_Code",
                table: "skills",
                columns: new[] { "District", "Code" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_team_members_VolunteerId",
                table: "team_members",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_teams_District",
                table: "teams",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_volunteer_skills_Skill",
                table: "volunteer_skills",
                column: "Skill");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_District",
                table: "volunteers",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_volunteers_District_CommunityId",
                table: "volunteers",
                columns: new[] { "District", "CommunityId" });

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
                name: "assignments");

            migrationBuilder.DropTable(
                name: "skills");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "volunteer_skills");

            migrationBuilder.DropTable(
                name: "needs");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
