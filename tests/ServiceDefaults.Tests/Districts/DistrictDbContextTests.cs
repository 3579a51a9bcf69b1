using Governance.BuildingBlocks.Data;
using Governance.ServiceDefaults.Districts;
using Microsoft.EntityFrameworkCore;

namespace Governance.ServiceDefaults.Tests.Districts;

/// <summary>
/// The filter and the stamping are checked on the model and the change tracker, without a
/// database; the end-to-end tests prove the same against PostgreSQL.
/// </summary>
public class DistrictDbContextTests
{
    private sealed class Note : IDistrictOwned
    {
        public int Id { get; set; }

        public string District { get; set; } = "";
    }

    private sealed class Reference
    {
        public int Id { get; set; }
    }

    private sealed class FixedDistrict(DistrictCaller caller) : IDistrictContext
    {
        public DistrictCaller Caller { get; } = caller;
    }

    private sealed class NotesContext : DistrictDbContext
    {
        public NotesContext(DistrictCaller caller)
            : base(new DbContextOptionsBuilder<NotesContext>().UseNpgsql("Host=unused").Options) =>
            ServeFor<NotesContext>(new FixedDistrict(caller));

        public DbSet<Note> Notes => Set<Note>();

        public DbSet<Reference> References => Set<Reference>();
    }

    [Fact]
    public void District_owned_entities_get_a_query_filter_and_others_do_not()
    {
        using var db = new NotesContext(new DistrictCaller("lunan", false));
        Assert.NotEmpty(db.Model.FindEntityType(typeof(Note))!.GetDeclaredQueryFilters());
        Assert.Empty(db.Model.FindEntityType(typeof(Reference))!.GetDeclaredQueryFilters());
    }

    [Fact]
    public void Queries_are_restricted_to_the_callers_district()
    {
        using var db = new NotesContext(new DistrictCaller("lunan", false));
        var sql = db.Notes.ToQueryString();
        Assert.Contains("lunan", sql, StringComparison.Ordinal);
        Assert.Contains("\"District\" =", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void New_rows_are_stamped_with_the_callers_district()
    {
        using var db = new NotesContext(new DistrictCaller("lunan", false));
        var note = new Note();
        db.Notes.Add(note);
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges()); // no database: stamping happens first
        Assert.Equal("lunan", note.District);
    }

    [Fact]
    public void A_caller_cannot_write_into_another_district()
    {
        using var db = new NotesContext(new DistrictCaller("lunan", false));
        db.Notes.Add(new Note { District = "kaiping" });
        Assert.Throws<DistrictAccessException>(() => db.SaveChanges());
    }

    [Fact]
    public void A_caller_without_district_cannot_create_district_data()
    {
        using var db = new NotesContext(new DistrictCaller(null, CanReadAllDistricts: true));
        db.Notes.Add(new Note());
        Assert.Throws<DistrictAccessException>(() => db.SaveChanges());
    }
}
