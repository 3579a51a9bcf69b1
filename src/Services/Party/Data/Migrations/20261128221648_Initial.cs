using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Governance.Party.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Automatic = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBecause = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_outcomes",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_outcomes", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "double_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReporterKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReporterId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CommunityUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceOffers = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_double_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "group_visits",
                columns: table => new
                {
                    VisitId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    GridId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WishCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_visits", x => x.VisitId);
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
                name: "party_alliances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CommunityUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PartnerKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    CooperationItems = table.Column<List<string>>(type: "text[]", nullable: false),
                    CoConstructionProjects = table.Column<List<string>>(type: "text[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_alliances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "party_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Occupation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Mobile = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "party_organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Mobile = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_party_organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "three_plus_two_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GridUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_three_plus_two_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "three_plus_two_group_members",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonRef = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_three_plus_two_group_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_three_plus_two_group_members_three_plus_two_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "three_plus_two_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_CaseId",
                table: "agenda_items",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_District",
                table: "agenda_items",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_District_ResponsibleUnitId_Status",
                table: "agenda_items",
                columns: new[] { "District", "ResponsibleUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_OrganizationId_Status",
                table: "agenda_items",
                columns: new[] { "OrganizationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_case_outcomes_District",
                table: "case_outcomes",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_double_reports_District",
                table: "double_reports",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_double_reports_District_CommunityUnitId",
                table: "double_reports",
                columns: new[] { "District", "CommunityUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_double_reports_District_ReporterId_CommunityUnitId",
                table: "double_reports",
                columns: new[] { "District", "ReporterId", "CommunityUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_group_visits_District",
                table: "group_visits",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_group_visits_GroupId_VisitedAt",
                table: "group_visits",
                columns: new[] { "GroupId", "VisitedAt" });

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
                name: "IX_party_alliances_District",
                table: "party_alliances",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_party_alliances_District_CommunityUnitId",
                table: "party_alliances",
                columns: new[] { "District", "CommunityUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_party_members_District",
                table: "party_members",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_party_members_OrganizationId",
                table: "party_members",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_party_organizations_District",
                table: "party_organizations",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_party_organizations_District_ParentId",
                table: "party_organizations",
                columns: new[] { "District", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_party_organizations_District_UnitId_Level",
                table: "party_organizations",
                columns: new[] { "District", "UnitId", "Level" },
                unique: true,
                filter: "NOT \"Mobile\"");

            migrationBuilder.CreateIndex(
                name: "IX_three_plus_two_group_members_GroupId",
                table: "three_plus_two_group_members",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_three_plus_two_groups_District",
                table: "three_plus_two_groups",
                column: "District");

            migrationBuilder.CreateIndex(
                name: "IX_three_plus_two_groups_District_GridUnitId",
                table: "three_plus_two_groups",
                columns: new[] { "District", "GridUnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "case_outcomes");

            migrationBuilder.DropTable(
                name: "double_reports");

            migrationBuilder.DropTable(
                name: "group_visits");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "known_units");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "party_alliances");

            migrationBuilder.DropTable(
                name: "party_members");

            migrationBuilder.DropTable(
                name: "party_organizations");

            migrationBuilder.DropTable(
                name: "three_plus_two_group_members");

            migrationBuilder.DropTable(
                name: "three_plus_two_groups");
        }
    }
}
