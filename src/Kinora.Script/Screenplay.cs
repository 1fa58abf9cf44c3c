using System.Collections.Immutable;

namespace Kinora.Script;

/// <summary>
/// A screenplay as the film needs it: the title page and the scenes in order, each with what is seen and said.
/// Built by <see cref="ScreenplayBuilder"/> from the full syntax tree, <see cref="Document"/>, which keeps every element's span.
/// </summary>
public sealed record Screenplay(
    string File,
    ImmutableArray<KeyValuePair<string, string>> TitlePage,
    ImmutableArray<Scene> Scenes)
{
    public string Title => TitlePage.FirstOrDefault(p => p.Key.Equals("Title", StringComparison.OrdinalIgnoreCase)).Value ?? "Untitled";

    /// <summary>Every speaking character, extensions folded (ADA (V.O.) is ADA), in order of first appearance.</summary>
    public ImmutableArray<string> Cast { get; init; } = [];
}
