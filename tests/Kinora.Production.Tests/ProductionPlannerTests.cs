using Kinora.Core;

namespace Kinora.Production.Tests;

public sealed class ProductionPlannerTests
{
    static Production Plan(double? duration = null, long seed = 1) =>
        ProductionPlanner.Plan(Screenplays.Keeper(), null, new PlanRequest(seed, duration, new FilmFormat(320, 180, 24)));

    [Fact]
    public void Scenes_tile_the_requested_duration_on_frame_boundaries()
    {
        var p = Plan(120);
        Assert.Equal(4, p.Scenes.Length);
        Assert.Equal(0, p.Scenes[0].Start);
        Assert.Equal(120, p.Duration, 6);
        for (int i = 1; i < p.Scenes.Length; i++) Assert.Equal(p.Scenes[i - 1].End, p.Scenes[i].Start);
        foreach (var s in p.Scenes)
            foreach (var b in s.Beats)
            {
                Assert.True(b.End > b.Start);
                Assert.Equal(Math.Round(b.Start * 24), b.Start * 24, 6);
                Assert.InRange(b.Start, s.Start, s.End);
            }
    }

    [Fact]
    public void Without_a_duration_the_film_runs_as_long_as_its_beats()
    {
        var p = Plan();
        Assert.InRange(p.Duration, 30, 90);
    }

    [Fact]
    public void Descriptions_in_action_lines_cast_the_characters()
    {
        var bible = Plan().Bible;
        var ada = bible.Member("ADA")!;
        Assert.InRange(ada.Age, 60, 69);
        Assert.Equal("braid", ada.HairStyle);
        Assert.Equal("raincoat", ada.Top);
        Assert.True(ada.Hair.R > 120 && Math.Abs(ada.Hair.R - ada.Hair.B) < 20, "grey hair");
        var tom = bible.Member("TOM")!;
        Assert.InRange(tom.Age, 30, 39);
        Assert.Equal("jacket", tom.Top);
        Assert.True(tom.TopColour.R > 180 && tom.TopColour.G > 150 && tom.TopColour.B < 90, "yellow jacket");
        Assert.NotEqual(ada.Voice.Name, tom.Voice.Name);
    }

    [Fact]
    public void Places_resolve_to_kinds_of_set_and_recurring_places_are_one_location()
    {
        var p = Plan();
        Assert.Equal(LocationKind.Island, p.Scenes[0].Location.Kind);
        Assert.Equal(LocationKind.Interior, p.Scenes[1].Location.Kind);
        Assert.True(p.Scenes[1].Interior);
        Assert.Equal(LocationKind.Harbour, p.Scenes[2].Location.Kind);
        Assert.Equal(4, p.Bible.Locations.Length);
    }

    [Fact]
    public void The_story_clock_follows_the_headings()
    {
        var p = Plan();
        var (rise, set) = StoryClock.SunriseSunset(p.Scenes[0].Location.Latitude, p.Scenes[0].Location.DayOfYear);
        Assert.InRange(p.Scenes[0].Clock.Hour, set - 1, set + 0.1);
        Assert.InRange(p.Scenes[1].Clock.Hour, 21, 24);
        Assert.InRange(p.Scenes[3].Clock.Hour, rise - 0.2, rise + 1);
        Assert.Equal(p.Scenes[0].Clock.DayOfYear % 365 + 1, p.Scenes[3].Clock.DayOfYear);
    }

    [Theory]
    [InlineData("NIGHT", 23.2, 23.2, 0)]      // night after night: carries on, same day
    [InlineData("NIGHT", 0.5, 0.5, 0)]        // past midnight, "NIGHT" is still last night
    [InlineData("LATER", 10.0, 11.0, 0)]
    [InlineData("DAY", 9.0, 11.0, 0)]
    [InlineData("MORNING", 23.2, -1, 1)]      // morning after night: the next day
    public void The_story_clock_never_skips_a_day_for_the_same_part_of_the_day(string tod, double previousHour, double expectedHour, int days)
    {
        var location = new LocationSpec("X", LocationKind.Street, 1, 45, 100);
        var next = StoryClock.Next(new StoryTime(100, previousHour), tod, location);
        Assert.Equal(100 + days, next.DayOfYear);
        if (expectedHour >= 0) Assert.Equal(expectedHour, next.Hour, 1);
        else Assert.InRange(next.Hour, 6, 10);
    }

    [Fact]
    public void Weather_is_read_from_the_action_and_carries_on_until_it_ends()
    {
        var p = Plan();
        Assert.Equal("clear", p.Scenes[0].Weather);
        Assert.Equal("rain", p.Scenes[1].Weather);
        Assert.Equal("rain", p.Scenes[2].Weather);
        Assert.Equal("clear", p.Scenes[3].Weather);
    }

    [Fact]
    public void Action_lines_become_beats_with_subjects_and_verbs()
    {
        var p = Plan();
        var jetty = p.Scenes[2];
        Assert.Equal(BeatKind.Establish, jetty.Beats[0].Kind);
        var run = jetty.Beats.First(b => b.Kind == BeatKind.Action);
        Assert.Equal("ADA", run.Subject);
        Assert.Equal("run", run.Verb);
        var help = jetty.Beats.First(b => b.Kind == BeatKind.Dialogue);
        Assert.Equal("TOM", help.Subject);
        Assert.Equal("ADA", help.Target);
        Assert.Equal("FADE", p.Scenes[3].TransitionIn);
        Assert.Contains("TOM", jetty.Cast);
    }

    [Fact]
    public void The_same_seed_plans_the_same_production()
    {
        var a = Plan(60, 5);
        var b = Plan(60, 5);
        Assert.Equal(BibleYaml.Write(a.Bible), BibleYaml.Write(b.Bible));
        Assert.Equal(a.Scenes.SelectMany(s => s.Beats).Select(x => (x.Start, x.End)), b.Scenes.SelectMany(s => s.Beats).Select(x => (x.Start, x.End)));
    }

    [Fact]
    public void A_screenplay_without_scenes_is_an_input_error()
    {
        var empty = new Kinora.Script.Screenplay("empty.fountain", [], []);
        var e = Assert.Throws<InputException>(() => ProductionPlanner.Plan(empty, null, new PlanRequest(1, null)));
        Assert.Contains("scene heading", e.Message);
    }
}

public sealed class VoiceOverTests
{
    static SourceLocation L(int line) => new("vo.fountain", line, 1);

    static Production Plan() => ProductionPlanner.Plan(new Script.Screenplay("vo.fountain", [],
    [
        new Script.Scene("EXT. HARBOUR - MORNING", "EXT", "HARBOUR", "MORNING", null, L(1),
        [
            new Script.ActionElement(L(3), "ADA coils a rope on the quay."),
            new Script.DialogueElement(L(5), "NARRATOR", "V.O.", null, "Every boat here leaves before the sun is up."),
            new Script.DialogueElement(L(7), "ADA", null, null, "Morning, Tom."),
            new Script.DialogueElement(L(9), "TOM", "O.S.", null, "Morning!"),
        ]),
        new Script.Scene("EXT. HARBOUR - PIER - MORNING", "EXT", "HARBOUR - PIER", "MORNING", null, L(11),
        [
            new Script.ActionElement(L(13), "TOM waves from the pier."),
            new Script.DialogueElement(L(15), "TOM", "O.S.", null, "I'm here!"),
        ]),
    ]) { Cast = ["ADA", "NARRATOR", "TOM"] }, null, new PlanRequest(1, 40, new FilmFormat(320, 180, 24)));

    [Fact]
    public void A_voice_over_is_cast_for_its_voice_but_never_put_on_the_set()
    {
        var p = Plan();
        Assert.NotNull(p.Bible.Member("NARRATOR"));
        Assert.DoesNotContain("NARRATOR", p.Scenes[0].Cast);
        Assert.Contains(p.Scenes[0].Beats, b => b.Kind == BeatKind.Dialogue && b.Subject == "NARRATOR");
    }

    [Fact]
    public void An_off_screen_line_keeps_its_speaker_off_the_set_until_the_action_brings_them_on()
    {
        var p = Plan();
        Assert.Equal(["ADA"], p.Scenes[0].Cast.ToArray());
        Assert.Contains("TOM", p.Scenes[1].Cast);
        // The line after a voice-over still answers the last person seen speaking, never the voice.
        Assert.All(p.Scenes[0].Beats, b => Assert.NotEqual("NARRATOR", b.Target));
    }
}
