using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Grid.Data.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateCheckIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_Latitude",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_MergedInto",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedInto",
                table: "cases",
                column: "MergedInto",
                filter: "\"MergedInto\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_by_grid",
                table: "cases",
                columns: new[] { "District", "GridId", "Category", "CreatedAt" },
                filter: "\"Status\" IN ('Reported', 'Accepted', 'InProgress')");

            migrationBuilder.CreateIndex(
                name: "IX_cases_open_unlocated",
                table: "cases",
                columns: new[] { "District", "GridId", "Category" },
                filter: "\"Status\" IN ('Reported', 'Accepted', 'InProgress') AND \"Latitude\" IS NULL");

            // Spans the case's columns and its owned location's, which the EF model cannot express.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_cases_open_located" ON cases ("District", "Category", "Latitude", "Longitude")
                WHERE "Status" IN ('Reported', 'Accepted', 'InProgress');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_cases_open_located";""");

            migrationBuilder.DropIndex(
                name: "IX_cases_MergedInto",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_by_grid",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_cases_open_unlocated",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Latitude",
                table: "cases",
                column: "Latitude");

            migrationBuilder.CreateIndex(
                name: "IX_cases_MergedInto",
                table: "cases",
                column: "MergedInto");
        }
    }
}
