using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Kinora.Core;

namespace Kinora.Script;

/// <summary>
/// What a review of a screenplay someone else wrote for a prompt found: the text after repairs (null when nothing
/// usable was left), what was repaired, and the problems that make it unusable (empty when it is usable).
/// </summary>
public sealed record DraftReview(string? Text, ImmutableArray<string> Repairs, ImmutableArray<string> Problems)
{
    public bool Usable => Text is not null && Problems.IsEmpty;
}

/// <summary>
/// Reads a screenplay written for a prompt by someone else (a language model, typically) the way Kinora reads a
/// person's: repairs what a careful reader would (markdown code fences, chat before the title page, scene headings
/// dressed as markdown headings or bold), parses it as Fountain, and checks it is a film of this prompt: scene headings,
/// the people the prompt names, a length near the one asked for.
/// </summary>
public static partial class ScreenplayDraft
{
    [GeneratedRegex(@"```[ \t]*([A-Za-z0-9_-]*)[ \t]*\n(.*?)(?:\n[ \t]*```|\z)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FenceRegex();

    [GeneratedRegex(@"^(?:#{1,6}\s*|\*\*|__)?\s*((?:INT\.?/EXT|EXT\.?/INT|INT|EXT|EST|I/E)[.\s].*?)\s*(?:\*\*|__)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DressedHeadingRegex();

    [GeneratedRegex(@"^(Title|Credit|Author|Authors|Source|Draft date|Contact)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleKeyRegex();

    /// <summary>Repairs, parses and checks <paramref name="reply"/> as a screenplay of <paramref name="prompt"/> lasting about <paramref name="durationSeconds"/>.</summary>
    public static DraftReview Review(string reply, string prompt, double durationSeconds)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var repairs = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<string>();
        string text = reply.Replace("\r\n", "\n").Replace('\r', '\n').Trim('\uFEFF', ' ', '\n', '\t');
        if (text.Length == 0) return new DraftReview(null, [], ["the reply is empty"]);

        // A model that wraps its answer in ```fountain … ``` means the inside; the longest fenced block is the screenplay.
        var fences = FenceRegex().Matches(text).Cast<Match>().ToList();
        if (fences.Count > 0)
        {
            text = fences.OrderByDescending(m => m.Groups[2].Length).First().Groups[2].Value.Trim('\n');
            repairs.Add("took the screenplay out of its markdown code fence");
        }

        var lines = text.Split('\n').ToList();
        int dressed = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var m = DressedHeadingRegex().Match(lines[i].Trim());
            if (m.Success && m.Groups[1].Value != lines[i].Trim())
            {
                lines[i] = m.Groups[1].Value.ToUpperInvariant();
                dressed++;
            }
        }
        if (dressed > 0) repairs.Add($"undressed {dressed} scene heading{(dressed == 1 ? "" : "s")} written as markdown");

        // Chat before the screenplay ("Sure! Here is your screenplay:") goes; the screenplay starts at its title page,
        // its FADE IN or its first scene heading, whichever comes first.
        int start = lines.FindIndex(l => TitleKeyRegex().IsMatch(l.Trim()) || FountainSyntax.HasHeadingPrefix(l.Trim()) || FountainSyntax.IsForcedHeading(l.Trim())
            || l.Trim().StartsWith("FADE IN", StringComparison.OrdinalIgnoreCase));
        if (start > 0 && lines.Take(start).Any(l => l.Trim().Length > 0))
        {
            repairs.Add($"dropped {lines.Take(start).Count(l => l.Trim().Length > 0)} line(s) of prose before the screenplay");
            lines.RemoveRange(0, start);
        }
        text = string.Join("\n", lines).Trim('\n') + "\n";

        Screenplay play;
        try
        {
            var document = FountainParser.Parse(text, "planner reply");
            if (!document.Body.OfType<SceneHeadingNode>().Any())
                return new DraftReview(null, repairs.ToImmutable(), ["it has no scene headings (INT. PLACE - TIME or EXT. PLACE - TIME)"]);
            play = ScreenplayBuilder.Build(document);
        }
        catch (InputException e)
        {
            return new DraftReview(null, repairs.ToImmutable(), [.. e.Diagnostics.Select(d => d.ToString())]);
        }

        if (play.Scenes.All(s => s.Elements.IsEmpty))
            problems.Add("its scenes are empty: no action and no dialogue");

        var reading = PromptReading.Read(prompt);
        var characters = play.Cast.ToHashSet(StringComparer.OrdinalIgnoreCase);
        string allText = string.Join("\n", play.Scenes.SelectMany(s => s.Elements).Select(e => e switch
        {
            ActionElement a => a.Text, DialogueElement d => d.Character + " " + d.Text, _ => "",
        }));
        foreach (var p in reading.People.Where(p => p.Name is not null))
            if (!characters.Contains(p.Name!) && !Regex.IsMatch(allText, @"\b" + Regex.Escape(p.Name!) + @"\b", RegexOptions.IgnoreCase))
                problems.Add($"{p.Name}, whom the prompt names, never appears");
        int people = reading.People.Count;
        var onScreen = characters.Where(c => !c.Equals("NARRATOR", StringComparison.OrdinalIgnoreCase)).Count();
        if (people > 0 && onScreen < Math.Min(people, 2) && !reading.Training && !reading.Documentary)
            problems.Add($"the prompt has {people} {(people == 1 ? "person" : "people")} in it, but {(onScreen == 0 ? "nobody speaks" : "only " + onScreen + " speaks")}");

        if (!play.Scenes.IsEmpty)
        {
            double seconds = ScreenTime.Estimate(play);
            if (durationSeconds >= 60 && seconds < durationSeconds / 3)
                problems.Add($"it plays for about {seconds.ToString("0", CultureInfo.InvariantCulture)} s, far short of the {durationSeconds.ToString("0", CultureInfo.InvariantCulture)} s asked for");
        }
        return new DraftReview(text, repairs.ToImmutable(), problems.ToImmutable());
    }
}
