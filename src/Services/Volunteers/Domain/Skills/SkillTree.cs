namespace Governance.Volunteers.Domain.Skills;

/// <summary>
/// The skills one district sees (the platform's and its own), as a tree. A need for a skill is met
/// by the skill itself or any skill beneath it: a need for <c>medical</c> accepts <c>first-aid</c>.
/// </summary>
public sealed class SkillTree
{
    private readonly Dictionary<string, SkillNode> nodes;
    private readonly ILookup<string, string> children;

    public SkillTree(IEnumerable<SkillNode> visibleNodes)
    {
        nodes = visibleNodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        children = nodes.Values.Where(n => n.ParentCode is not null).ToLookup(n => n.ParentCode!, n => n.Code, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<SkillNode> Nodes => nodes.Values;

    public bool Contains(string code) => nodes.ContainsKey(code);

    /// <summary>The skill and every skill beneath it; empty when the code is not in the tree.</summary>
    public IReadOnlySet<string> Subtree(string code)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (!nodes.ContainsKey(code))
        {
            return found;
        }

        var pending = new Stack<string>([code]);
        while (pending.TryPop(out var next))
        {
            if (found.Add(next))
            {
                foreach (var child in children[next])
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>Why a district may not add a node with this code under this parent, or null when it may.</summary>
    public string? RefuseNewNode(string code, string? parentCode)
    {
        if (nodes.ContainsKey(code))
        {
            return $"Skill code '{code}' already exists.";
        }

        return parentCode is not null && !nodes.ContainsKey(parentCode) ? $"parentCode '{parentCode}' names no skill." : null;
    }
}
