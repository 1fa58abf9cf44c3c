using Kinora.Core;

namespace Kinora.Script.Tests;

public class StoryPlannerTests
{
    /// <summary>For each sample prompt: words that must appear in the headings, in this order.</summary>
    static readonly string[][] PlacesInOrder =
    [
        ["LIGHTHOUSE"], ["CITY STREET", "PIER"], ["KITCHEN"], ["FOREST", "MEADOW", "HILL"], ["WAREHOUSE"], ["DESERT"], ["HARBOUR", "MARKET", "SCHOOL"], ["COASTAL ROAD", "DINER"],
    ];

    static readonly string[][] TimesInOrder =
    [
        ["NIGHT", "DAWN"], ["NIGHT", "DAWN"], ["NIGHT"], ["SUNSET"], ["DAY"], ["NOON", "SUNSET"], ["MORNING"], ["DAY"],
    ];

    static readonly string[][] Roles =
    [
        ["lighthouse keeper", "sailor"], ["detective", "violinist"], ["chef", "chef"], ["girl"], ["worker"], ["astronaut"], ["child", "child"], ["friend", "friend", "friend"],
    ];

    public static TheoryData<int, double> Cases()
    {
        var data = new TheoryData<int, double>();
        for (int p = 0; p < 8; p++) foreach (var d in new[] { 30.0, 120.0, 600.0 }) data.Add(p, d);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_sample_prompt_becomes_a_screenplay_that_parses_with_its_places_times_and_people(int prompt, double seconds)
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[prompt], seconds, 42);
        var text = StoryPlanner.Write(Samples.Prompts[prompt], seconds, 42);
        var play = ScreenplayBuilder.Build(FountainParser.Parse(text, "planned.fountain"));

        Assert.Equal(plan.Scenes.Length, play.Scenes.Length);
        var (low, high) = seconds switch { 30 => (1, 4), 120 => (4, 6), _ => (8, 15) };
        Assert.InRange(play.Scenes.Length, low, high);
        Assert.InRange(ScreenTime.Estimate(play), seconds * 0.9, seconds * 1.6 + 10);

        var headings = string.Join("\n", play.Scenes.Select(s => s.Heading));
        AssertInOrder(headings, PlacesInOrder[prompt]);
        AssertInOrder(string.Join("\n", play.Scenes.Select(s => s.TimeOfDay)), TimesInOrder[prompt]);

        Assert.Equal(Roles[prompt].Order(), plan.Cast.Where(c => c.Name != "NARRATOR").Select(c => c.Role.Split(' ').Last() == "keeper" ? "lighthouse keeper" : c.Role.Split(' ').Last()).Order());
        var action = string.Join("\n", play.Scenes.SelectMany(s => s.Elements).OfType<ActionElement>().Select(a => a.Text));
        foreach (var c in plan.Cast)
        {
            Assert.Contains($"{c.Name} ({c.Age}), ", action);
            Assert.Matches("^[A-Z]+$", c.Name);
        }
        Assert.All(play.Scenes, s => Assert.IsType<ActionElement>(s.Elements.First(e => e is not TransitionElement)));
        Assert.NotEqual("Untitled", play.Title);
    }

    static void AssertInOrder(string text, string[] words)
    {
        int at = 0;
        foreach (var w in words)
        {
            int found = text.IndexOf(w, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"expected {w} after position {at} in:\n{text}");
            at = found;
        }
    }

    [Fact]
    public void The_same_seed_writes_the_same_film_and_another_seed_a_different_one()
    {
        foreach (var prompt in Samples.Prompts)
        {
            Assert.Equal(StoryPlanner.Write(prompt, 120, 1), StoryPlanner.Write(prompt, 120, 1));
            Assert.NotEqual(StoryPlanner.Write(prompt, 120, 1), StoryPlanner.Write(prompt, 120, 2));
        }
    }

    [Fact]
    public void A_girl_in_a_yellow_raincoat_is_introduced_as_a_child_in_that_raincoat()
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[3], 60, 3);
        var girl = Assert.Single(plan.Cast);
        Assert.Equal("10s", girl.Age);
        Assert.Contains("yellow raincoat", girl.Look);
    }

    [Fact]
    public void Three_friends_are_three_people()
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[7], 120, 3);
        Assert.Equal(3, plan.Cast.Length);
        Assert.Equal(3, plan.Cast.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Dialogue_lines_are_not_repeated_in_a_long_film()
    {
        var play = ScreenplayBuilder.Build(FountainParser.Parse(StoryPlanner.Write(Samples.Prompts[2], 1200, 5), "p"));
        var lines = play.Scenes.SelectMany(s => s.Elements).OfType<DialogueElement>().Select(d => d.Text).ToList();
        Assert.True(lines.Count > 50);
        Assert.Equal(lines.Count, lines.Distinct().Count());
    }

    [Fact]
    public void Action_lines_use_the_action_vocabulary_with_named_characters()
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[0], 300, 9);
        var play = ScreenplayBuilder.Build(FountainParser.Parse(FountainWriter.Write(plan.Document), "p"));
        var action = play.Scenes.SelectMany(s => s.Elements).OfType<ActionElement>().Select(a => a.Text).ToList();
        string[] verbs = ["walks", "runs", "stands", "turns", "sits", "looks", "picks up", "gestures", "enters", "exits"];
        Assert.Contains(action, a => plan.Cast.Any(c => a.StartsWith(c.Name + " ", StringComparison.Ordinal)) && verbs.Any(v => a.Contains(" " + v + " ") || a.EndsWith(" " + v + ".")));
        Assert.Contains(play.Scenes.SelectMany(s => s.Elements), e => e is TransitionElement t && t.Text is "CUT TO:" or "DISSOLVE TO:" or "FADE TO:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_empty_prompt_is_bad_input(string prompt)
    {
        var e = Assert.Throws<InputException>(() => StoryPlanner.Write(prompt, 60, 1));
        Assert.Contains("describe who, where and what happens", e.Message);
    }

    [Fact]
    public void A_duration_beyond_twenty_minutes_is_bad_input() =>
        Assert.Throws<InputException>(() => StoryPlanner.Write("A dog runs on a beach.", 3600, 1));

    [Fact]
    public void A_prompt_with_unknown_words_still_gives_a_film()
    {
        var text = StoryPlanner.Write("Zorblax glimmers quietly.", 45, 1);
        Assert.NotEmpty(ScreenplayBuilder.Build(FountainParser.Parse(text, "p")).Scenes);
    }
}
