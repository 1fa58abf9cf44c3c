using System.Collections.Immutable;
using System.Text.Json;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>
/// What a worker process needs to shoot segments of a film: where the film comes from (it plans it again, which
/// gives the same plan), how to render, the cache, and the key of every segment so that it can refuse to shoot
/// if the production changed on disk since the parent planned it.
/// </summary>
public sealed record SegmentJob(
    string SourceKind,
    string? SourceText,
    double? Duration,
    int? Width,
    int? Height,
    int? Fps,
    long? Seed,
    RenderBackend Backend,
    float RenderScale,
    string CacheDirectory,
    ImmutableArray<string> Keys)
{
    public static SegmentJob For(PlanOrigin origin, ShootOptions options, RenderCache cache, SegmentPlan segments)
    {
        var (kind, text) = origin.Source switch
        {
            FilmSource.Prompt p => ("prompt", p.Text),
            FilmSource.ScreenplayFile s => ("screenplay", Path.GetFullPath(s.Path)),
            FilmSource.ProjectFolder f => ("folder", Path.GetFullPath(f.Path)),
            FilmSource.Sample => ("sample", (string?)null),
            FilmSource.PromptScreenplay w => ("written", w.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        var o = origin.Overrides;
        return new SegmentJob(kind, text, o.Duration, o.Width, o.Height, o.Fps, o.Seed, options.Backend, options.RenderScale,
            cache.Directory, [.. segments.Segments.Select(s => s.Key)]);
    }

    public PlanOrigin Origin => new(SourceKind switch
    {
        "prompt" => new FilmSource.Prompt(SourceText!),
        "screenplay" => new FilmSource.ScreenplayFile(SourceText!),
        "folder" => new FilmSource.ProjectFolder(SourceText!),
        "sample" => new FilmSource.Sample(),
        "written" => new FilmSource.PromptScreenplay(SourceText!),
        _ => throw new InvalidDataException($"unknown source kind '{SourceKind}' in a segment job"),
    }, new PlanOverrides(Duration, Width, Height, Fps, Seed));

    public string ToJson() => JsonSerializer.Serialize(this);

    public static SegmentJob FromJson(string json) =>
        JsonSerializer.Deserialize<SegmentJob>(json) ?? throw new InvalidDataException("empty segment job");
}
