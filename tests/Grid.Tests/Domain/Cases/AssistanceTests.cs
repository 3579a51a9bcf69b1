using Governance.Grid.Domain.Cases;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

/// <summary>What the volunteer service's answers (VolunteersAssigned, NeedUnmatched) do to a case.</summary>
public class AssistanceTests
{
    private static readonly AssignedVolunteerInfo Li = new(Guid.NewGuid(), "Li Ming");
    private static readonly AssignedVolunteerInfo Zhao = new(Guid.NewGuid(), "Zhao Lei");

    private readonly FakeClock clock = new(Start);

    [Fact]
    public void A_case_needing_a_skill_requests_assistance_when_reported()
    {
        var item = Report(clock, skill: "medical-first-aid");

        Assert.Equal(("medical-first-aid", AssistanceStatus.Requested), (item.Assistance!.Skill, item.Assistance.Status));
        Assert.Null(Report(clock).Assistance);
    }

    [Fact]
    public void Assigned_volunteers_show_on_the_case_and_a_second_answer_adds_to_them()
    {
        var item = Report(clock, skill: "medical-first-aid");

        item.VolunteersAssigned("medical-first-aid", [Li], Start.AddMinutes(5));
        item.VolunteersAssigned("medical-first-aid", [Li, Zhao], Start.AddMinutes(6));

        Assert.Equal(AssistanceStatus.Assigned, item.Assistance!.Status);
        Assert.Equal([Li, Zhao], item.Assistance.Volunteers);
        Assert.Equal(Start.AddMinutes(6), item.UpdatedAt);
    }

    [Fact]
    public void No_match_shows_the_reason()
    {
        var item = Report(clock, skill: "legal-consultation");

        item.AssistanceUnmatched("legal-consultation", "No volunteer with this skill in the community", Start.AddMinutes(1));

        Assert.Equal(AssistanceStatus.Unmatched, item.Assistance!.Status);
        Assert.Equal("No volunteer with this skill in the community", item.Assistance.Reason);
    }

    [Fact]
    public void A_late_no_match_does_not_undo_an_assignment()
    {
        var item = Report(clock, skill: "medical-first-aid");
        item.VolunteersAssigned("medical-first-aid", [Li], Start.AddMinutes(5));

        item.AssistanceUnmatched("medical-first-aid", "stale", Start.AddMinutes(2));
        Assert.Equal(AssistanceStatus.Assigned, item.Assistance!.Status);
        Assert.Null(item.Assistance.Reason);

        item.AssistanceUnmatched("medical-first-aid", "Only one of two found", Start.AddMinutes(7));
        Assert.Equal(AssistanceStatus.Assigned, item.Assistance.Status);
        Assert.Equal("Only one of two found", item.Assistance.Reason);
        Assert.Equal([Li], item.Assistance.Volunteers);
    }
}
