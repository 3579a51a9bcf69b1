using System.Diagnostics;

namespace Governance.AppHost.Infrastructure;

public static class ContainerEngine
{
    /// <summary>
    /// True when the engine Aspire would use (ASPIRE_CONTAINER_RUNTIME, else docker) answers
    /// <c>info</c>. A client without a daemon, as on machines without Docker, does not.
    /// </summary>
    public static bool Answers()
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") is { Length: > 0 } configured ? configured : "docker";
        try
        {
            using var probe = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (probe is null)
            {
                return false;
            }

            if (!probe.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                probe.Kill(entireProcessTree: true);
                return false;
            }

            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // the client is not installed
        }
    }
}
