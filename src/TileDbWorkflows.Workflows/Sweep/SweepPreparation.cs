using TileDbWorkflows.Workflows.Common;

namespace TileDbWorkflows.Workflows.Sweep;

/// <summary>The input of <see cref="PrepareSweepActivity"/>: one namespace, the manifests that name it, and where its lists go.</summary>
/// <param name="Namespace">The namespace, as the manifests resolved it.</param>
/// <param name="Manifests">The manifest blobs of this namespace, read again by the activity.</param>
/// <param name="DryRun">Report only.</param>
/// <param name="Owner">The name the namespace's lists and report parts are stored under (<c>{id}:ns-N</c>).</param>
/// <param name="Settings">The settings snapshot.</param>
public sealed record SweepPreparation(string Namespace, IReadOnlyList<string> Manifests, bool DryRun, string Owner, WorkflowOptions Settings);
