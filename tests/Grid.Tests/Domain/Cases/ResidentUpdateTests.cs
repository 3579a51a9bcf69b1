using Governance.Grid.Domain.Cases;
using static Governance.Grid.Tests.Domain.Cases.CaseTestData;

namespace Governance.Grid.Tests.Domain.Cases;

public class ResidentUpdateTests
{
    private readonly FakeTimeProvider clock = new(Start);

    [Fact]
    public void A_comment_joins_the_history_and_leaves_the_status()
    {
        var item = Report(clock);

        Assert.Null(item.ResidentUpdate(" Still broken ", reopen: true, Sla(), "open311:app", clock.GetUtcNow()));

        var comment = item.History[^1];
        Assert.Equal((CaseAction.Comment, CaseStatus.Reported, CaseStatus.Reported, "Still broken"), (comment.Action, comment.FromStatus, comment.ToStatus, comment.Reason));
        Assert.NotNull(item.ResidentUpdate("  ", reopen: false, Sla(), "r", clock.GetUtcNow()));
    }

    [Fact]
    public void Asking_to_reopen_a_resolved_case_reopens_it_with_the_text_as_reason()
    {
        var item = Report(clock);
        var now = clock.GetUtcNow();
        item.Accept("w", now);
        item.Start("w", now);
        item.Resolve("Fixed", "w", now);

        Assert.Null(item.ResidentUpdate("It failed again", reopen: true, Sla(), "open311:app", now));

        Assert.Equal(CaseStatus.Reported, item.Status);
        Assert.Equal((CaseAction.Reopen, "It failed again"), (item.History[^1].Action, item.History[^1].Reason));
    }
}
