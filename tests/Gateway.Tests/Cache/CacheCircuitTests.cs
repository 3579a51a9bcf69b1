using Governance.Gateway.Cache;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Governance.Gateway.Tests.Cache;

/// <summary>What counts as Redis failing, so that the caller falls back instead of answering 500.</summary>
public sealed class CacheCircuitTests
{
    private static CacheCircuit Circuit() => new(
        Options.Create(new CacheCircuitOptions { CallTimeout = TimeSpan.FromSeconds(5), BreakDuration = TimeSpan.FromMinutes(1) }),
        TimeProvider.System,
        NullLogger<CacheCircuit>.Instance);

    [Fact]
    public async Task A_call_the_client_cancelled_itself_after_dropping_a_dead_connection_is_a_redis_failure()
    {
        var circuit = Circuit();

        var result = await circuit.TryAsync<string>(() => Task.FromCanceled<string>(new CancellationToken(canceled: true)), CancellationToken.None);

        Assert.Null(result);
    }

    [Fact]
    public async Task Calls_cancelled_by_the_client_open_the_circuit_like_any_other_redis_failure()
    {
        var circuit = Circuit();

        for (var i = 0; i < 4 && !circuit.IsOpen; i++)
        {
            await circuit.TryAsync<string>(() => Task.FromCanceled<string>(new CancellationToken(canceled: true)), CancellationToken.None);
        }

        Assert.True(circuit.IsOpen);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_not_a_redis_failure_and_reaches_the_caller()
    {
        var circuit = Circuit();
        using var callerGone = new CancellationTokenSource();
        await callerGone.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            circuit.TryAsync(() => Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => "late", TaskScheduler.Default), callerGone.Token));
        Assert.False(circuit.IsOpen);
    }
}
