using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace TileDbWorkflows.Bench.Micro;

/// <summary>
/// A short job run in this process: building a separate benchmark project takes minutes on these machines, and the
/// emulator must run in-process anyway. Three warm-ups and five iterations keep the whole run to a couple of minutes.
/// </summary>
internal static class MicroConfig
{
    public static IConfig Create() =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithId("short-inprocess"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.OperationsPerSecond)
            .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory)
            // Artifacts stay out of the repository root (bench/ is the only folder this project writes to).
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "tiledbworkflows-bench-artifacts"));
}
