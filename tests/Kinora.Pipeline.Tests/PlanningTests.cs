using Kinora.Production;

namespace Kinora.Pipeline.Tests;

public sealed class PlanningTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-plan-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void The_built_in_sample_plans_three_scenes_with_shots_that_tile_the_film()
    {
        var plan = Planning.Plan(new FilmSource.Sample(), new PlanOverrides());
        Assert.Equal(3, plan.Production.Scenes.Length);
        Assert.Equal(new FilmFormat(1280, 720, 24), plan.Production.Bible.Format);
        var shots = plan.Shots.Shots;
        Assert.Equal(0, shots[0].Start);
        Assert.Equal(plan.Production.Duration, shots[^1].End, 6);
        for (int i = 1; i < shots.Length; i++) Assert.Equal(shots[i - 1].End, shots[i].Start, 6);
    }

    [Fact]
    public void A_planned_folder_replans_to_the_same_film()
    {
        var first = Planning.Plan(new FilmSource.Prompt("A girl in a yellow raincoat follows a red kite through a forest, across a meadow and up a hill at sunset."),
            new PlanOverrides(Duration: 40, Width: 320, Height: 180, Seed: 3));
        Planning.WriteFolder(first, dir);
        var again = Planning.Plan(new FilmSource.ProjectFolder(dir), new PlanOverrides());
        Assert.Equal(BibleYaml.Write(first.Production.Bible), BibleYaml.Write(again.Production.Bible));
        Assert.Equal(first.Production.Duration, again.Production.Duration, 6);
        Assert.Equal(first.Shots.Shots.Select(s => (s.Id, s.Start, s.End, s.Size)), again.Shots.Shots.Select(s => (s.Id, s.Start, s.End, s.Size)));
    }

    [Fact]
    public void The_command_line_seed_wins_over_the_folder()
    {
        var first = Planning.Plan(new FilmSource.Prompt("Two rival chefs argue in a busy restaurant kitchen."), new PlanOverrides(Duration: 30, Seed: 3));
        Planning.WriteFolder(first, dir);
        var reseeded = Planning.Plan(new FilmSource.ProjectFolder(dir), new PlanOverrides(Seed: 4));
        Assert.Equal(4, reseeded.Production.Bible.Seed);
    }

    [Fact]
    public void A_folder_without_a_screenplay_is_an_input_error()
    {
        var e = Assert.Throws<Kinora.Core.InputException>(() => Planning.Plan(new FilmSource.ProjectFolder(dir), new PlanOverrides()));
        Assert.Contains("screenplay.fountain", e.Message);
    }

    [Theory]
    [InlineData(0, 30)]
    [InlineData(3, 45)]
    [InlineData(6, 120)]
    [InlineData(2, 300)]
    [InlineData(1, 600)]
    [InlineData(0, 1200)]
    public void A_planned_prompt_plays_for_the_asked_length_within_five_percent(int prompt, double seconds)
    {
        string[] prompts =
        [
            "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.",
            "A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier.",
            "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time.",
            "A girl in a yellow raincoat follows a red kite through a forest, across a meadow and up a hill at sunset.",
            "", "",
            "A documentary-style morning in a small fishing village: boats leave the harbour, the market opens, children run to school.",
        ];
        var plan = Planning.Plan(new FilmSource.Prompt(prompts[prompt]), new PlanOverrides(Duration: seconds, Width: 320, Height: 180, Seed: 2));
        Assert.InRange(plan.Production.Duration, seconds * 0.95, seconds * 1.05);
        Assert.InRange(plan.Shots.Shots[^1].End, seconds * 0.95, seconds * 1.05);
    }
}
