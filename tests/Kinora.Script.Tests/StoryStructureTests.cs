namespace Kinora.Script.Tests;

/// <summary>The planner writes like a screenwriter: a structure first, scenes that differ, lines that belong to who says them.</summary>
public class StoryStructureTests
{
    /// <summary>For each sample prompt, the last action line of the film: the ending the prompt asks for.</summary>
    static readonly string[] Endings =
    [
        "watch the dawn together.", "finds", "cook one dish together.", "runs up the hill.", "shows how to clear a blocked fire exit.",
        "radios home.", "run to the school.", "argue about music.",
    ];

    static readonly string[][] PlacesInOrder =
    [
        ["LIGHTHOUSE"], ["CITY STREET", "PIER"], ["KITCHEN"], ["FOREST", "MEADOW", "HILL"], ["WAREHOUSE"], ["DESERT"], ["HARBOUR", "MARKET", "SCHOOL"], ["COASTAL ROAD", "DINER"],
    ];

    static readonly string[][] TimesInOrder =
    [
        ["NIGHT", "DAWN"], ["NIGHT", "DAWN"], ["NIGHT"], ["SUNSET"], ["DAY"], ["NOON", "SUNSET"], ["MORNING"], ["DAY"],
    ];

    public static TheoryData<int, double, long> Films()
    {
        var data = new TheoryData<int, double, long>();
        for (int p = 0; p < 8; p++)
            foreach (var d in new[] { 120.0, 600.0 })
                foreach (var seed in new long[] { 1, 2 }) data.Add(p, d, seed);
        data.Add(0, 1200, 1);
        data.Add(0, 1200, 2);
        return data;
    }

    [Theory]
    [MemberData(nameof(Films))]
    public void A_film_never_repeats_an_action_line_or_a_spoken_line_and_keeps_everything_the_prompt_asked_for(int prompt, double seconds, long seed)
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[prompt], seconds, seed);
        var play = ScreenplayBuilder.Build(FountainParser.Parse(FountainWriter.Write(plan.Document), "planned.fountain"));

        var actions = play.Scenes.SelectMany(s => s.Elements).OfType<ActionElement>().Select(a => a.Text).ToList();
        Assert.Equal(actions.Count, actions.Distinct().Count());
        var sceneActions = play.Scenes.Select(s => string.Join("\n", s.Elements.OfType<ActionElement>().Select(a => a.Text))).ToList();
        Assert.Equal(sceneActions.Count, sceneActions.Distinct().Count());
        var lines = play.Scenes.SelectMany(s => s.Elements).OfType<DialogueElement>().Select(d => d.Text).ToList();
        Assert.True(lines.Count >= seconds / 20, $"only {lines.Count} spoken lines in {seconds} s");
        Assert.Equal(lines.Count, lines.Distinct().Count());

        // Every person the prompt names is on screen and speaks.
        var speakers = play.Scenes.SelectMany(s => s.Elements).OfType<DialogueElement>().Select(d => d.Character).ToHashSet();
        foreach (var c in plan.Cast)
        {
            Assert.Contains(actions, a => a.StartsWith($"{c.Name} ({c.Age}), ", StringComparison.Ordinal));
            Assert.Contains(c.Name, speakers);
        }
        AssertInOrder(string.Join("\n", play.Scenes.Select(s => s.Heading)), PlacesInOrder[prompt]);
        AssertInOrder(string.Join("\n", play.Scenes.Select(s => s.TimeOfDay)), TimesInOrder[prompt]);
        var last = play.Scenes[^1].Elements.OfType<ActionElement>().Last().Text;
        Assert.Contains(Endings[prompt], last);
        Assert.InRange(ScreenTime.Estimate(play), seconds * 0.95, seconds * 1.05);
    }

    [Theory]
    [InlineData(600.0)]
    [InlineData(1200.0)]
    public void A_long_film_has_three_acts_a_rising_action_a_turn_a_climax_and_a_resolution_in_that_order(double seconds)
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[0], seconds, 4);
        var stages = plan.Scenes.Select(s => s.Stage).ToList();
        Assert.Equal(StoryStage.Setup, stages[0]);
        Assert.Equal(StoryStage.Resolution, stages[^1]);
        // Act two may go on rising after the turn; otherwise the stages come in order.
        var arc = stages.Select(s => s == StoryStage.Turn ? StoryStage.Rising : s).ToList();
        Assert.Equal(arc.OrderBy(s => s), arc);
        Assert.InRange(stages.IndexOf(StoryStage.Turn), stages.IndexOf(StoryStage.Rising) + 1, stages.IndexOf(StoryStage.Climax) - 1);
        foreach (var s in Enum.GetValues<StoryStage>()) Assert.Contains(s, stages);
        Assert.Equal([1, 2, 3], plan.Scenes.Select(s => s.Act).Distinct());
        Assert.True(plan.Scenes.Select(s => s.Sequence).Distinct().Count() >= 3);

        var play = ScreenplayBuilder.Build(FountainParser.Parse(FountainWriter.Write(plan.Document), "p"));
        Assert.Equal(["ACT ONE", "ACT TWO", "ACT THREE"], play.Scenes.Select(s => s.Sections.FirstOrDefault()).OfType<string>().Distinct());
        // Scenes differ in length and in place: the longest is well over the shortest, and no two scenes in a row share a heading.
        var lengths = plan.Scenes.Select(s => s.EstimatedSeconds).ToList();
        Assert.True(lengths.Max() > 1.5 * lengths.Min(), string.Join(", ", lengths));
        for (int i = 1; i < play.Scenes.Length; i++) Assert.NotEqual(play.Scenes[i - 1].Heading, play.Scenes[i].Heading);
    }

    [Fact]
    public void Dialogue_belongs_to_who_speaks_it()
    {
        // Phrases only a chef's voice uses, and only a sailor's or keeper's.
        string[] kitchen = ["on the pass", "needs salt", "Yes, chef", "Service in ten", "Tickets are stacking"];
        string[] sea = ["Aye.", "taking water", "Tide won't wait", "Hold fast", "lashed tight", "Before the next wave"];
        var keeper = Spoken(StoryPlanner.Plan(Samples.Prompts[0], 600, 1));
        var chefs = Spoken(StoryPlanner.Plan(Samples.Prompts[2], 600, 1));
        Assert.Contains(keeper, l => sea.Any(l.Contains));
        Assert.DoesNotContain(keeper, l => kitchen.Any(l.Contains));
        Assert.Contains(chefs, l => kitchen.Any(l.Contains));
        Assert.DoesNotContain(chefs, l => sea.Any(l.Contains));

        static List<string> Spoken(StoryPlan plan) =>
            ScreenplayBuilder.Build(FountainParser.Parse(FountainWriter.Write(plan.Document), "p")).Scenes.SelectMany(s => s.Elements).OfType<DialogueElement>().Select(d => d.Text).ToList();
    }

    [Fact]
    public void Two_people_of_one_role_sound_like_their_trade_but_not_like_each_other()
    {
        var plan = StoryPlanner.Plan(Samples.Prompts[2], 600, 1);
        var play = ScreenplayBuilder.Build(FountainParser.Parse(FountainWriter.Write(plan.Document), "p"));
        var bySpeaker = play.Scenes.SelectMany(s => s.Elements).OfType<DialogueElement>().GroupBy(d => d.Character)
            .ToDictionary(g => g.Key, g => g.Select(d => Opener(d.Text)).Where(o => o is not null).ToHashSet());
        Assert.Equal(2, bySpeaker.Count);
        var (a, b) = (bySpeaker.Values.First(), bySpeaker.Values.Last());
        // Each has openers the other never uses.
        Assert.NotEmpty(a.Except(b));
        Assert.NotEmpty(b.Except(a));

        static string? Opener(string line) => new[] { "Behind!", "Heard.", "Yes, chef.", "Hands!", "Corner!", "Listen.", "Oi." }.FirstOrDefault(o => line.StartsWith(o + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_line_after_the_rescue_is_about_the_rescue()
    {
        string[] witness = ["Did that just happen?", "That's that", "You saw it too", "After that?", "That's it, then", "I didn't think it would happen like that",
            "Say something", "Now what?", "Don't look at me like that", "I'll be telling that one for years"];
        int answered = 0;
        foreach (long seed in new long[] { 1, 2, 3 })
        {
            var play = ScreenplayBuilder.Build(FountainParser.Parse(StoryPlanner.Write(Samples.Prompts[0], 600, seed), "p"));
            var elements = play.Scenes.SelectMany(s => s.Elements).ToList();
            int rescue = elements.FindIndex(e => e is ActionElement a && a.Text.Contains(" rescues ", StringComparison.Ordinal));
            Assert.True(rescue >= 0);
            var next = elements.Skip(rescue + 1).TakeWhile(e => e is not TransitionElement).OfType<DialogueElement>().FirstOrDefault();
            if (next is null) continue;
            answered++;
            Assert.Contains(witness, w => next.Text.Contains(w, StringComparison.Ordinal));
        }
        Assert.True(answered >= 2, $"only {answered} of 3 films speak after the rescue");
    }

    [Fact]
    public void Names_the_prompt_gives_are_the_names_in_the_screenplay()
    {
        var plan = StoryPlanner.Plan("Ada, an old lighthouse keeper, rescues a sailor named Tom at night on a stormy island.", 120, 1);
        Assert.Equal(["ADA", "TOM"], plan.Cast.Select(c => c.Name).Order());
        Assert.Equal("70s", plan.Cast.Single(c => c.Name == "ADA").Age);
        var text = StoryPlanner.Write("Ada, an old lighthouse keeper, rescues a sailor named Tom at night on a stormy island.", 120, 1);
        Assert.Contains("ADA rescues TOM", text);
        Assert.DoesNotContain("TOM named", text);
        Assert.DoesNotContain("looks around", text);
    }

    [Theory]
    [InlineData(30.0)]
    [InlineData(45.0)]
    [InlineData(90.0)]
    [InlineData(300.0)]
    public void Short_and_middling_films_are_written_to_their_length(double seconds)
    {
        foreach (var prompt in Samples.Prompts)
        {
            var plan = StoryPlanner.Plan(prompt, seconds, 7);
            Assert.InRange(plan.EstimatedSeconds, seconds * 0.9, seconds * 1.1 + 2);
        }
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
}
