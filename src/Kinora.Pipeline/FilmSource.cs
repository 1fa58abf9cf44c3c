namespace Kinora.Pipeline;

/// <summary>What a film is made from: a prompt, a screenplay file, a production folder, or the built-in sample.</summary>
public abstract record FilmSource
{
    public sealed record Prompt(string Text) : FilmSource;

    public sealed record ScreenplayFile(string Path) : FilmSource;

    public sealed record ProjectFolder(string Path) : FilmSource;

    public sealed record Sample : FilmSource;

    /// <summary>
    /// A screenplay already written for a prompt by the LLM planner: planning it again (in a worker process, say) reads
    /// this text and does not ask the model again, which would give another film.
    /// </summary>
    public sealed record PromptScreenplay(string Text) : FilmSource;
}
