using System.Globalization;
using Kinora.Core;

namespace Kinora.Pipeline;

/// <summary>
/// Where the optional LLM planner asks for a screenplay: an OpenAI-compatible endpoint (its base URL, ending in /v1
/// for most servers), the model's name, an API key if the server wants one, and how long to wait for an answer.
/// </summary>
public sealed record LlmSettings(Uri BaseUrl, string Model, string? ApiKey, TimeSpan Timeout)
{
    public const string BaseUrlVariable = "KINORA_LLM_BASE_URL", ModelVariable = "KINORA_LLM_MODEL",
        ApiKeyVariable = "KINORA_LLM_API_KEY", TimeoutVariable = "KINORA_LLM_TIMEOUT";

    /// <summary>How long to wait for a screenplay when <c>KINORA_LLM_TIMEOUT</c> does not say: local models are slow.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(180);

    /// <summary>
    /// The settings the environment gives (<paramref name="get"/> reads a variable), or null when
    /// <c>KINORA_LLM_BASE_URL</c> is not set. A URL that is not http(s), a missing model or an unusable timeout is bad input.
    /// </summary>
    public static LlmSettings? From(Func<string, string?> get)
    {
        string? url = get(BaseUrlVariable);
        if (string.IsNullOrWhiteSpace(url)) return null;
        var problems = new List<Diagnostic>();
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            problems.Add(new Diagnostic(SourceLocation.None(BaseUrlVariable), $"'{url}' is not an http(s) URL: give the endpoint's base, e.g. http://127.0.0.1:8080/v1"));
        string? model = get(ModelVariable);
        if (string.IsNullOrWhiteSpace(model))
            problems.Add(new Diagnostic(SourceLocation.None(ModelVariable), $"{BaseUrlVariable} is set but {ModelVariable} is not: name the model to ask, e.g. {ModelVariable}=llama-3.1-8b-instruct"));
        var timeout = DefaultTimeout;
        if (get(TimeoutVariable) is { Length: > 0 } t)
        {
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s is > 0 and <= 3600) timeout = TimeSpan.FromSeconds(s);
            else problems.Add(new Diagnostic(SourceLocation.None(TimeoutVariable), $"'{t}' is not a timeout: give seconds from 1 to 3600"));
        }
        if (problems.Count > 0) throw new InputException(problems);
        string? key = get(ApiKeyVariable);
        return new LlmSettings(uri!, model!.Trim(), string.IsNullOrWhiteSpace(key) ? null : key.Trim(), timeout);
    }

    /// <summary>The settings of this process's environment, or null when no LLM planner is configured.</summary>
    public static LlmSettings? FromEnvironment() => From(Environment.GetEnvironmentVariable);
}
