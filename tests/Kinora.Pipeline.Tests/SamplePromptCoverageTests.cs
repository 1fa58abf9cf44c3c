using Kinora.Direction;
using Kinora.Production;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// Issue 5's bar, kept: every sample prompt, at two and at ten minutes, plans a film whose continuity report is
/// clean (no 180° or 30° violations, camera within its rig, subjects visible in at least 90 % of every shot's
/// frames) and whose dialogue is covered shot/reverse-shot.
/// </summary>
public sealed class SamplePromptCoverageTests
{
    public static TheoryData<int, double> Prompts()
    {
        var data = new TheoryData<int, double>();
        for (int i = 0; i < SamplePrompts.Length; i++)
        {
            data.Add(i, 120);
            data.Add(i, 600);
        }
        return data;
    }

    internal static readonly string[] SamplePrompts =
    [
        "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.",
        "A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier.",
        "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time.",
        "A girl in a yellow raincoat follows a red kite through a forest, across a meadow and up a hill at sunset.",
        "A safety training film: a warehouse worker shows how to lift boxes correctly and how to clear a blocked fire exit.",
        "An astronaut walks across a red desert at noon, finds an abandoned rover, and radios home as the sun sets.",
        "A documentary-style morning in a small fishing village: boats leave the harbour, the market opens, children run to school.",
        "Three friends drive a vintage car along a coastal road in summer, stop at a diner, and argue about music.",
    ];

    [Theory]
    [MemberData(nameof(Prompts))]
    public void Each_sample_prompt_plans_clean_coverage(int prompt, double duration)
    {
        var plan = Planning.Plan(new FilmSource.Prompt(SamplePrompts[prompt]), new PlanOverrides(Duration: duration, Width: 640, Height: 360));
        var report = ContinuityCheck.Run(plan);

        Assert.True(report.Clean, string.Join("\n", report.Violations));
        foreach (var shot in report.Coverage.Shots)
            Assert.True(shot.Visibility >= 0.9, $"{shot.Id}: subject visible in {shot.Visibility:P1} of frames");

        // Where two people talk, the camera goes back and forth between them: singles or over-the-shoulders of each.
        foreach (var scene in plan.Production.Scenes)
        {
            // A voice-over is heard, not seen: no shot may frame it (a thing flying on its line, the kite, is framed beside the cast).
            var flying = plan.World.Airborne(scene.Index).Select(a => a.Thing).ToArray();
            foreach (var shot in plan.Shots.Shots.Where(s => s.Scene == scene.Index))
                Assert.All(shot.Subjects, n => Assert.Contains(n, scene.Cast.Concat(flying)));
            var speakers = scene.Beats.Where(b => b.Kind == BeatKind.Dialogue && b.Subject is not null && scene.Cast.Contains(b.Subject))
                .Select(b => b.Subject!).Distinct().ToArray();
            if (speakers.Length < 2) continue;
            var favoured = plan.Shots.Shots
                .Where(s => s.Scene == scene.Index && s.Type is ShotType.Single or ShotType.OverTheShoulder && !s.Subjects.IsDefaultOrEmpty)
                .Select(s => s.Subjects[0]).Distinct().Count(speakers.Contains);
            Assert.True(favoured >= 2, $"scene {scene.Index} ({scene.Heading}): {speakers.Length} speakers but reverse angles on only {favoured}");
        }
    }
}
