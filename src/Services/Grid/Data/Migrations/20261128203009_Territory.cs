using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Governance.Grid.Data.Migrations
{
    /// <inheritdoc />
    public partial class Territory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_territorial_units_District_Code",
                table: "territorial_units");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "territorial_units",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "Boundary",
                table: "territorial_units",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "territorial_units",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "territory_revisions",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_territory_revisions", x => x.District);
                });

            migrationBuilder.CreateIndex(
                name: "IX_territorial_units_District_Code",
                table: "territorial_units",
                columns: new[] { "District", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "territory_revisions");

            migrationBuilder.DropIndex(
                name: "IX_territorial_units_District_Code",
                table: "territorial_units");

            migrationBuilder.DropColumn(
                name: "Boundary",
                table: "territorial_units");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "territorial_units");

            migrationBuilder.AlterColumn<string>(
                name: "Code",
                table: "territorial_units",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32);

            migrationBuilder.CreateIndex(
                name: "IX_territorial_units_District_Code",
                table: "territorial_units",
                columns: new[] { "District", "Code" },
                unique: true,
                filter: "\"Code\" IS NOT NULL");
        }
    }
}
