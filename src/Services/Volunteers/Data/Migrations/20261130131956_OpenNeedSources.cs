using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenNeedSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SourceKind",
                table: "needs",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            // The kinds were the enum's names; they become the wire names the answers always carried.
            migrationBuilder.Sql("""
                UPDATE needs SET "SourceKind" = CASE "SourceKind"
                    WHEN 'GridCase' THEN 'grid-case'
                    WHEN 'EventStaffing' THEN 'event-staffing'
                    WHEN 'Manual' THEN 'manual'
                    ELSE "SourceKind" END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Other services' kinds have no enum name: their needs stay, as manual ones.
            migrationBuilder.Sql("""
                UPDATE needs SET "SourceKind" = CASE "SourceKind"
                    WHEN 'grid-case' THEN 'GridCase'
                    WHEN 'event-staffing' THEN 'EventStaffing'
                    ELSE 'Manual' END;
                """);

            migrationBuilder.AlterColumn<string>(
                name: "SourceKind",
                table: "needs",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);
        }
    }
}
