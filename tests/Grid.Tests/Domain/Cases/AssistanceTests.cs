using Governance.Grid.Domain.Cases;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

/// <summary>What the volunteer service's answers (VolunteersAssigned, NeedUnmatched) do to a case.</summary>
public class AssistanceTests
{
    private static readonly AssignedVolunteerInfo Li = new(Guid.NewGuid(), "Li Ming");
    private static readonly AssignedVolunteerInfo Zhao = new(Guid.NewGuid(), "Zhao Lei");

    private readonly FakeTimeProvider clock = new(Start);

    [Fact]
    public void A_case_needing_a_skill_requests_assistance_when_reported()
    {
        var item = Report(clock, skill: "medical-first-aid");

        Assert.Equal(("medical-first-aid", AssistanceStatus.Requested), (item.Assistance!.Skill, item.Assistance.Status));
        Assert.Null(Report(clock).Assistance);
    }

    [Fact]
    public void Assigned_volunteers_show_on_the_case_and_each_answer_shows_the_current_list()
    {
        var item = Report(clock, skill: "medical-first-aid");

        Assert.True(item.VolunteersAssigned("medical-first-aid", [Li], Start.AddMinutes(5)));
        Assert.True(item.VolunteersAssigned("medical-first-aid", [Li, Zhao], Start.AddMinutes(6)));

        Assert.Equal(AssistanceStatus.Assigned, item.Assistance!.Status);
        Assert.Equal([Li, Zhao], item.Assistance.Volunteers);
        Assert.Equal(Start.AddMinutes(6), item.UpdatedAt);
    }

    [Fact]
    public void A_released_volunteer_leaves_the_case_and_with_nobody_left_help_is_wanted_again()
    {
        var item = Report(clock, skill: "medical-first-aid");
        item.VolunteersAssigned("medical-first-aid", [Li, Zhao], Start.AddMinutes(5));

        item.VolunteersAssigned("medical-first-aid", [Zhao], Start.AddMinutes(6));
        Assert.Equal([Zhao], item.Assistance!.Volunteers);
        Assert.Equal(AssistanceStatus.Assigned, item.Assistance.Status);

        item.VolunteersAssigned("medical-first-aid", [], Start.AddMinutes(7));
        Assert.Empty(item.Assistance.Volunteers);
        Assert.Equal(AssistanceStatus.Requested, item.Assistance.Status);
    }

    [Fact]
    public void An_older_answer_arriving_late_changes_nothing_and_says_so()
    {
        var item = Report(clock, skill: "medical-first-aid");
        item.VolunteersAssigned("medical-first-aid", [Li], Start.AddMinutes(5));

        Assert.False(item.VolunteersAssigned("medical-first-aid", [], Start.AddMinutes(4)));
        Assert.False(item.AssistanceUnmatched("medical-first-aid", "stale", Start.AddMinutes(4)));

        Assert.Equal([Li], item.Assistance!.Volunteers);
        Assert.Equal(Start.AddMinutes(5), item.UpdatedAt);
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
