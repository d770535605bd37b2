using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TileDbWorkflows.Cloud.Auth;

namespace TileDbWorkflows.Cloud.Tests.Support;

public static class TestClients
{
    public const string Token = "tok-SECRET-123";

    public static TileDbCloudClient Create(
        RecordingServer server,
        TimeProvider? time = null,
        Action<TileDbCloudOptions>? configure = null,
        CloudConfigFile? configFile = null,
        ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? primaryHandler = null)
    {
        var options = new TileDbCloudOptions
        {
            ServerAddress = server.BaseAddress,
            ApiToken = Token,
            UseConfigFile = false,
            SaveSessionOnLogin = false,
        };
        configure?.Invoke(options);
        return TileDbCloudClient.Create(options, loggerFactory, primaryHandler, time, configFile ?? new CloudConfigFile(Path.Combine(Path.GetTempPath(), "unused-" + Guid.NewGuid().ToString("N"), "cloud.json"), _ => null));
    }

    /// <summary>
    /// Advances fake time in small steps until <paramref name="task"/> finishes, with a real-time deadline.
    /// Stepping never jumps past a timer by more than one step, so recorded gaps stay meaningful.
    /// </summary>
    public static async Task<T> DriveAsync<T>(Task<T> task, FakeTimeProvider time, TimeSpan? step = null)
    {
        var clock = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("The operation did not finish while fake time advanced.");
            }

            time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            await Task.WhenAny(task, Task.Delay(2));
        }

        return await task;
    }

    public static async Task DriveAsync(Task task, FakeTimeProvider time, TimeSpan? step = null)
        => await DriveAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), time, step);
}
