using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteersCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
