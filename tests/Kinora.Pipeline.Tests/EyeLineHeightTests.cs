using Kinora.Direction;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// A medium or a closer shot is taken from about the subject's eye-line. The astronaut's wide of the dune, tightened to a
/// medium so the cut would not jump, kept the wide's 2.2 m riser and looked down 25° on the helmet.
/// </summary>
public sealed class EyeLineHeightTests
{
    public static TheoryData<int> Prompts()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < SamplePromptCoverageTests.SamplePrompts.Length; i++) data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Prompts))]
    public void No_medium_or_closer_shot_looks_down_on_its_subject(int prompt)
    {
        var plan = Planning.Plan(new FilmSource.Prompt(SamplePromptCoverageTests.SamplePrompts[prompt]), new PlanOverrides(Duration: 30, Width: 320, Height: 180));
        foreach (var shot in plan.Shots.Shots)
        {
            if (shot.Size < ShotSize.Medium || shot.Primary is null) continue;
            var track = CameraTrack.For(shot, plan.World);
            double t = (shot.Start + shot.End) / 2;
            if (plan.World.Actor(shot.Primary, t) is not { } subject) continue;
            var d = subject.Eyes - track.Sample(t).Position;
            double down = -Math.Atan2(d.Y, Math.Sqrt(d.X * d.X + d.Z * d.Z)) * 180 / Math.PI;
            Assert.True(down < 10, $"{shot.Id} ({shot.Size}, {shot.Height} m high) looks down {down:0.0}° on {shot.Primary}: {shot.Reason}");
        }
    }
}
