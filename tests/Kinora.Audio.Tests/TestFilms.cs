using System.Collections.Immutable;
using Kinora.Core;
using Kinora.Production;
using Kinora.Script;

namespace Kinora.Audio.Tests;

/// <summary>Productions built by hand: the audio stage needs only scenes, beats and the cast's voices.</summary>
static class TestFilms
{
    static readonly SourceLocation Here = new("test.fountain", 1, 1);

    public static CastMember Member(string name, Voice voice) => new(
        name, 35, "average", 1.7, new Rgb(200, 160, 130), new Rgb(40, 30, 20), "short", "coat",
        new Rgb(80, 80, 90), new Rgb(30, 30, 40), "none", voice);

    public static Beat Line(int index, double start, double end, string who, string text, string? parenthetical = null) =>
        new(index, start, end, BeatKind.Dialogue, who, null, "talk", text, parenthetical, Here);

    public static Beat Establish(int index, double start, double end) =>
        new(index, start, end, BeatKind.Establish, null, null, "stand", "", null, Here);

    public static Beat Act(int index, double start, double end, string who, string verb, string? target = null) =>
        new(index, start, end, BeatKind.Action, who, target, verb, $"{who} {verb}s.", null, Here);

    public static ScenePlan Scene(int index, string heading, LocationSpec location, bool interior, double hour, string weather,
        double start, double end, params Beat[] beats) =>
        new(index, heading, location, interior, new StoryTime(180, hour), weather, start, end, ["ADA", "BEN"], [.. beats], "CUT", Here);

    public static Kinora.Production.Production Make(long seed, params ScenePlan[] scenes)
    {
        var bible = new Bible("Test", seed, new FilmFormat(640, 360, 24), new Style("natural", 0),
            [Member("ADA", new Voice("en-us+f3", 70, 165)), Member("BEN", new Voice("en-us+m3", 25, 150))],
            [.. scenes.Select(s => s.Location).Distinct()]);
        var screenplay = new Screenplay("test.fountain", [], []);
        return new Kinora.Production.Production(screenplay, bible, [.. scenes]);
    }

    public static readonly LocationSpec Street = new("HIGH STREET", LocationKind.Street, 11, 40, 80);

    /// <summary>
    /// 16 s in two scenes: a street by day where ADA walks off and BEN runs after her, with a line each; then the
    /// cottage in the evening, where BEN walks over and speaks.
    /// </summary>
    public static Kinora.Production.Production Walking(long seed = 42) => Make(seed,
        Scene(0, "EXT. HIGH STREET - DAY", Street, false, 12, "clear", 0, 9,
            Line(0, 0, 2.5, "ADA", "I am going to the harbour."),
            Act(1, 2.5, 5.5, "ADA", "walk"),
            Act(2, 5.5, 7.5, "BEN", "run", "ADA"),
            Line(3, 7.5, 9, "BEN", "Wait for me!")),
        Scene(1, "INT. COTTAGE - EVENING", Cottage, true, 19, "rain", 9, 16,
            Establish(0, 9, 10),
            Act(1, 10, 13, "BEN", "walk", "ADA"),
            Line(2, 13, 16, "BEN", "The boat will not sail tonight.")));

    public static readonly LocationSpec Island = new("ISLAND", LocationKind.Island, 7, 57, 180);
    public static readonly LocationSpec Cottage = new("COTTAGE", LocationKind.Interior, 8, 57, 180);

    /// <summary>
    /// 20 s in two scenes: a night exterior on an island (surf, wind, crickets) with two lines, then a quiet
    /// interior in the morning with one more line from the first speaker.
    /// </summary>
    public static Kinora.Production.Production TwoScenes(long seed = 42) => Make(seed,
        Scene(0, "EXT. ISLAND - NIGHT", Island, false, 23, "clear", 0, 10,
            Establish(0, 0, 1),
            Line(1, 1.0, 4.0, "ADA", "The lighthouse has been dark for three nights."),
            Line(2, 4.5, 8.0, "BEN", "Then someone has to climb up there and see why.")),
        Scene(1, "INT. COTTAGE - DAY", Cottage, true, 10, "clear", 10, 20,
            Establish(0, 10, 12),
            Line(1, 12.0, 15.5, "ADA", "I will go up at first light, before the tide turns.")));
}
