using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Events.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Account",
                table: "registrations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Account",
                table: "registrations");
        }
    }
}
