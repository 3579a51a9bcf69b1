using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Places.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "unit_boundaries",
                columns: table => new
                {
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    GeoJson = table.Column<string>(type: "text", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_boundaries", x => x.UnitId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_unit_boundaries_District",
                table: "unit_boundaries",
                column: "District");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_boundaries");
        }
    }
}
