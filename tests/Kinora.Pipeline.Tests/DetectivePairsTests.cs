using System.Numerics;
using Kinora.Direction;

namespace Kinora.Pipeline.Tests;

/// <summary>
/// Issue 6's director's notes on the detective film, measured through the lens at 4 frames a second: the street
/// two-shot framed wide (faces small and dark), the crew's key beside the other head (a bright ball of hair), and the
/// closing over-the-shoulder with the detective's head a blur in the middle of the frame.
/// </summary>
public sealed class DetectivePairsTests
{
    const string Detective = "A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier.";
    const float Aspect = 640f / 360;

    static readonly Lazy<FilmPlan> Film = new(() => Planning.Plan(new FilmSource.Prompt(Detective), new PlanOverrides(Duration: 30, Width: 640, Height: 360)));

    static IEnumerable<(Shot Shot, CameraTrack Track, double T)> Frames(Func<Shot, bool> which)
    {
        foreach (var shot in Film.Value.Shots.Shots.Where(which))
        {
            var track = CameraTrack.For(shot, Film.Value.World);
            for (double t = shot.Start; t < shot.End; t += 0.25) yield return (shot, track, t);
        }
    }

    /// <summary>A head's height in the picture (share of the frame's height): from 12 cm under the eyes to 12 cm over them.</summary>
    static double HeadHeight(CameraFrame camera, Vector3 eyes) =>
        camera.TryProject(eyes + new Vector3(0, 0.12f, 0), Aspect, out var top) && camera.TryProject(eyes - new Vector3(0, 0.12f, 0), Aspect, out var chin)
            ? (top.Y - chin.Y) / 2 : 0;

    [Fact]
    public void The_street_two_shot_is_a_medium_with_both_heads_large_in_the_frame()
    {
        int frames = 0;
        foreach (var (shot, track, t) in Frames(s => s.Scene == 0 && s.Type == ShotType.TwoShot))
        {
            var camera = track.Sample(t);
            Assert.Equal(ShotSize.Medium, shot.Size);
            foreach (var name in shot.Subjects)
            {
                var eyes = Film.Value.World.Actor(name, t)!.Value.Eyes;
                // Before: the street's shot of the pair was a full group, each head 8 to 9 % of the frame's height.
                double head = HeadHeight(camera, eyes);
                Assert.True(head >= 0.14, $"{shot.Id} at {t:0.00} s: {name}'s head is {head:P1} of the frame's height");
                Assert.True(camera.TryProject(eyes, Aspect, out var ndc) && Math.Abs(ndc.X) < 0.8 && Math.Abs(ndc.Y) < 0.8,
                    $"{shot.Id} at {t:0.00} s: {name}'s eyes at {ndc} are not in the frame's middle");
            }
            frames++;
        }
        Assert.True(frames >= 4, $"only {frames} frames of a street two-shot");
    }

    [Fact]
    public void The_night_keys_stand_as_far_from_every_other_head_as_from_their_own_face()
    {
        var world = Film.Value.World;
        int keys = 0;
        foreach (var (shot, track, t) in Frames(s => s.Scene == 0))
        {
            var lit = track.Lit(t);
            var people = Film.Value.Production.Scenes[0].Cast.Select(n => world.Actor(n, t)).Where(a => a is not null).Select(a => a!.Value).ToArray();
            for (int i = 0; i < lit.Lights.Count; i++)
            {
                var key = lit.Lights[i];
                keys++;
                // Its own face is the nearest: 1.64 m. Before: 0.75 m from the violinist's head in the street two-shot.
                float own = people.Min(p => Vector3.Distance(key.Position, p.Eyes));
                float second = people.Select(p => Vector3.Distance(key.Position, p.Eyes)).Order().Skip(1).DefaultIfEmpty(float.PositiveInfinity).First();
                Assert.True(second >= 1.5f, $"{shot.Id} at {t:0.00} s: a key stands {own:0.00} m from one head and {second:0.00} m from another");
            }
        }
        Assert.True(keys >= 40, $"only {keys} keys seen at night");
    }

    [Fact]
    public void The_closing_over_the_shoulder_keeps_the_near_head_at_the_edge_of_frame()
    {
        var world = Film.Value.World;
        int frames = 0;
        foreach (var (shot, track, t) in Frames(s => s.Type == ShotType.OverTheShoulder))
        {
            var camera = track.Sample(t);
            var speaker = world.Actor(shot.Subjects[0], t)!.Value;
            var listener = world.Actor(shot.Subjects[1], t)!.Value;
            // Before: the near head's eyes sat at x = 0.18, 0.79 m from the lens, a blur half the frame's height across the middle.
            Assert.True(Vector3.Distance(camera.Position, listener.Eyes) < NearShoulder.Nearer * Vector3.Distance(camera.Position, speaker.Eyes),
                $"{shot.Id} at {t:0.00} s: {listener.Name} is not nearer the lens than {speaker.Name}");
            Assert.True(camera.TryProject(listener.Eyes, Aspect, out var near) && Math.Abs(near.X) >= NearShoulder.EdgeBand,
                $"{shot.Id} at {t:0.00} s: {listener.Name}'s eyes at {near} sit inside the frame's middle");
            double share = NearShoulder.Share(camera, Aspect, listener);
            Assert.InRange(share, NearShoulder.Least, NearShoulder.Allowed);
            // The speaker's face reads, on the other side of the frame.
            Assert.True(camera.TryProject(speaker.Eyes, Aspect, out var far) && Math.Sign(far.X) != Math.Sign(near.X) && Math.Abs(far.X) < 0.6,
                $"{shot.Id} at {t:0.00} s: {speaker.Name}'s eyes at {far}");
            frames++;
        }
        Assert.True(frames >= 8, $"only {frames} frames of an over-the-shoulder");
    }
}
