using Polly;

namespace TileDbWorkflows.Cloud.Http;

/// <summary>
/// The retry behaviour in force, switchable at run time: the HTTP handler reads <see cref="Pipeline"/>
/// on every request, so a change applies to the next request without rebuilding clients (the Python
/// client has to rebuild its ApiClients instead).
/// </summary>
public sealed class RetryPolicy
{
    private readonly TimeProvider _timeProvider;
    private readonly Func<double>? _random;
    private volatile State _state;

    /// <summary>Creates the policy in <paramref name="mode"/>.</summary>
    public RetryPolicy(RetryMode mode, TimeProvider timeProvider, Func<double>? random = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _random = random;
        _state = Build(mode == RetryMode.Custom ? RetryMode.Default : mode);
    }

    /// <summary>The mode in force.</summary>
    public RetryMode Mode => _state.Mode;

    /// <summary>The settings in force, or null when disabled or when a caller-supplied pipeline is used.</summary>
    public RetrySettings? Settings => _state.Settings;

    /// <summary>The pipeline the next request will use.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline => _state.Pipeline;

    /// <summary>Switches to a built-in mode.</summary>
    public void SetMode(RetryMode mode)
    {
        if (mode == RetryMode.Custom)
        {
            throw new ArgumentException("Use SetCustom to supply custom settings or a pipeline.", nameof(mode));
        }

        _state = Build(mode);
    }

    /// <summary>Switches to custom urllib3-like settings.</summary>
    public void SetCustom(RetrySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _state = new State(RetryMode.Custom, settings, RetryPipelineFactory.Create(settings, _timeProvider, _random));
    }

    /// <summary>Switches to a caller-supplied pipeline (read the HTTP method from <see cref="RetryPipelineFactory.MethodKey"/>).</summary>
    public void SetCustom(ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _state = new State(RetryMode.Custom, null, pipeline);
    }

    private State Build(RetryMode mode) => mode switch
    {
        RetryMode.Disabled => new State(mode, null, ResiliencePipeline<HttpResponseMessage>.Empty),
        RetryMode.Forceful => new State(mode, RetrySettings.Forceful, RetryPipelineFactory.Create(RetrySettings.Forceful, _timeProvider, _random)),
        _ => new State(RetryMode.Default, RetrySettings.Default, RetryPipelineFactory.Create(RetrySettings.Default, _timeProvider, _random)),
    };

    private sealed record State(RetryMode Mode, RetrySettings? Settings, ResiliencePipeline<HttpResponseMessage> Pipeline);
}
