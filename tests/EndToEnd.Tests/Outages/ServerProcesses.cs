using System.Diagnostics;
using System.Globalization;

namespace Governance.EndToEnd.Tests.Outages;

/// <summary>
/// Finds a local server's processes through /proc and sends them signals. Only processes of this
/// test run's servers are ever named: they are found from the pids DCP reports for this run's
/// resources, or from the pid files in this run's data directory.
/// </summary>
internal static class ServerProcesses
{
    /// <summary>The direct children of <paramref name="parent"/>, read from each process's stat line.</summary>
    public static IReadOnlyList<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) == parent)
            {
                children.Add(pid);
            }
        }

        return children;
    }

    /// <summary>The command line a process shows (PostgreSQL backends rewrite it to their role, database and client).</summary>
    public static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    public static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>Sends <paramref name="signal"/> (STOP, CONT, KILL) to every pid at once, as one kill(1) call.</summary>
    public static async Task SignalAsync(string signal, IReadOnlyCollection<int> pids)
    {
        Assert.NotEmpty(pids);
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, "--", .. pids.Select(p => p.ToString(CultureInfo.InvariantCulture))])
        {
            RedirectStandardError = true,
        })!;
        var stderr = kill.StandardError.ReadToEndAsync();
        await kill.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(kill.ExitCode == 0, $"kill -s {signal} {string.Join(' ', pids)} failed: {await stderr}");
    }

    private static int? ParentOf(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // it exited while the directory was listed
        }

        // "pid (comm) state ppid …": comm may itself hold spaces and parentheses, so read after the last one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[1], CultureInfo.InvariantCulture);
    }
}
