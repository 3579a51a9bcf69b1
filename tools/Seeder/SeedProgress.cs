using System.Globalization;

namespace Governance.Seeder;

/// <summary>One progress line, rewritten at most once a second and at the end.</summary>
internal sealed class SeedProgress(TextWriter log, string what, int total) : IDisposable
{
    private long lastPrinted;

    public void Report(int done)
    {
        var now = Environment.TickCount64;
        if (done != total && now - Interlocked.Read(ref lastPrinted) < 1000)
        {
            return;
        }

        Interlocked.Exchange(ref lastPrinted, now);
        log.Write(string.Create(CultureInfo.InvariantCulture, $"\r{what}: {done:N0}/{total:N0} ({done * 100.0 / Math.Max(total, 1):F0}%)   "));
    }

    public void Dispose() => log.WriteLine();
}
