using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
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
                name: "known_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_known_units", x => x.Id);
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
                name: "IX_inbox_messages_ProcessedAt",
                table: "inbox_messages",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_known_units_District",
                table: "known_units",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_known_units_District_ParentId",
                table: "known_units",
                columns: new[] { "District", "ParentId" });

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

            migrationBuilder.CreateIndex(
                name: "IX_needs_District",
                table: "needs",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_needs_SourceKind_SourceId",
                table: "needs",
                columns: new[] { "SourceKind", "SourceId" });

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
                name: "IX_volunteers_District_StreetId",
                table: "volunteers",
                columns: new[] { "District", "StreetId" });

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
                name: "hours_corrections");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "known_units");

            migrationBuilder.DropTable(
                name: "micro_wish_history");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "skills");

            migrationBuilder.DropTable(
                name: "team_members");

            migrationBuilder.DropTable(
                name: "volunteer_skills");

            migrationBuilder.DropTable(
                name: "needs");

            migrationBuilder.DropTable(
                name: "hours_entries");

            migrationBuilder.DropTable(
                name: "micro_wishes");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
