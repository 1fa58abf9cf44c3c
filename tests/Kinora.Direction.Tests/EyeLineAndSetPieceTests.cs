using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Direction.Tests;

/// <summary>
/// What a director sends back from a contact sheet, measured on the real sets: a wide that comes in closer in a
/// small kitchen keeps its angle on the people instead of looking down on their heads from 2.2 m; a short lens stays
/// nearly level; the lens stays inside the room; a wall's pier in front of the lens counts as foreground; and an
/// establishing extreme wide of the island holds its lighthouse whole.
/// </summary>
public sealed class EyeLineAndSetPieceTests
{
    const float Aspect = 16f / 9f;
    static readonly SetGeometry Kitchen = SetBuilder.Build(new LocationSpec("KITCHEN", LocationKind.Kitchen, 7, 45, 172));
    static readonly SetGeometry Island = SetBuilder.Build(new LocationSpec("ISLAND", LocationKind.Island, 7, 56, 172));

    static ActorState Person(string name, Vector3 at, float facing) =>
        new(name, at, facing, at + new Vector3(0, 1.62f, 0), 1.75f, Vector3.Zero, false);

    static Shot Wide(double height, double lens, ShotSize size = ShotSize.Wide) =>
        new("s001-01", 0, 0, 5, size, CameraMove.Static, ["ANYA", "NORA"], lens, 5.6, 65, height, "establishing") { Type = ShotType.Group };

    static double LookDown(CameraSetup s) => Math.Atan2(s.CameraY - s.Anchor.Y, s.Distance) * 180 / Math.PI;

    static readonly ActorState[] Chefs =
    [
        Person("ANYA", new Vector3(-0.5f, 0, 0.3f), MathF.PI / 2),
        Person("NORA", new Vector3(0.7f, 0, 0.3f), -MathF.PI / 2),
    ];

    [Fact]
    public void A_wide_brought_closer_comes_in_along_its_sightline()
    {
        var planned = Framing.Solve(Wide(2.2, 28), Chefs, Kitchen, Aspect);
        var closer = Framing.Solve(Wide(2.2, 28), Chefs, Kitchen, Aspect, closer: 0.3);
        // The same angle on the chefs (within a degree), so from lower down: the eye-line, not the pans' height.
        Assert.InRange(LookDown(closer), LookDown(planned) - 1, LookDown(planned) + 1);
        Assert.True(closer.CameraY < 1.9, $"a wide brought in to 30 % stands {closer.CameraY:0.00} m high");
        Assert.True(LookDown(planned) <= 20.5, $"the planned wide looks down {LookDown(planned):0.0}°");
    }

    [Fact]
    public void A_riser_looks_down_on_people_no_steeper_than_a_high_angle()
    {
        // 3 m above the planned 2.2 m: the kitchen's ceiling stops it first, and the angle cap holds it near the eyes.
        var risen = Framing.Solve(Wide(5.2, 28), Chefs, Kitchen, Aspect, closer: 0.4);
        Assert.True(LookDown(risen) <= 20.01, $"the risen wide looks down {LookDown(risen):0.0}°");
        var extreme = Framing.Solve(Wide(30, 18, ShotSize.ExtremeWide), Chefs, Island, Aspect);
        Assert.True(LookDown(extreme) <= 30.01, $"the extreme wide looks down {LookDown(extreme):0.0}°");
    }

    [Fact]
    public void A_short_lens_is_held_nearly_level()
    {
        // Brought in to 22 %, the 28 mm wide falls to the 12 mm fallback: eyes on the upper third would tilt it 18° down.
        var setup = Framing.Solve(Wide(2.2, 28), Chefs, Kitchen, Aspect, closer: 0.22);
        Assert.Equal(Lens.Widest, setup.FocalLength, 3);
        double pitch = Framing.Pitch(setup, setup.ScreenY, Aspect) * 180 / Math.PI;
        double limit = Framing.MaxTilt(Lens.Widest, Aspect) * 180 / Math.PI;
        Assert.InRange(limit, 6, 10);
        Assert.True(pitch >= -limit - 0.1, $"a 12 mm wide tilts {pitch:0.0}° down (limit {limit:0.0}°)");
        Assert.InRange(setup.ScreenY, -0.5f, Framing.UpperThird);
        // A long lens keeps the eyes on the third.
        Assert.Equal(Framing.UpperThird, Framing.Solve(Wide(1.6, 50, ShotSize.Medium), Chefs, Kitchen, Aspect).ScreenY);
    }

    [Fact]
    public void Outside_the_kitchen_window_the_lens_is_not_in_the_room()
    {
        float north = Kitchen.Windows[0].Z;
        Assert.True(Foreground.Indoors(new Vector3(0, 1.5f, 0), Kitchen));
        Assert.False(Foreground.Indoors(new Vector3(0.47f, 1.47f, north - 1.2f), Kitchen));
        // Outdoors there is no room to leave.
        Assert.True(Foreground.Indoors(new Vector3(0, 1.5f, 30), Island));
    }

    [Fact]
    public void The_window_posts_in_front_of_a_lens_outside_fill_the_frame_as_foreground()
    {
        float north = Kitchen.Windows[0].Z;
        var nora = new Vector3(0.3f, 1.47f, north + 1.5f);
        CameraFrame Looking(Vector3 from)
        {
            var forward = Vector3.Normalize(nora - from);
            var right = Vector3.Normalize(Vector3.Cross(forward, Vector3.UnitY));
            return new CameraFrame(from, forward, Vector3.Cross(right, forward), CameraFrame.FovForFocalLength(40), 1, 4);
        }
        var outside = Looking(new Vector3(0.47f, 1.47f, north - 1.2f));
        double through = Foreground.Occluded(outside, Aspect, Kitchen, 2.7f - 0.3f);
        Assert.True(through > 0.15, $"the window's piers and posts cover only {through:P0} of the frame");
        // From inside the room, along the window wall (under the pans' rail and clear of the pendant), nothing stands
        // between the lens and her.
        var inside = Looking(new Vector3(2.3f, 1.47f, north + 1.5f));
        double clear = Foreground.Occluded(inside, Aspect, Kitchen, 2f - 0.3f);
        Assert.True(clear <= 0.03, $"the clear view has {clear:P0} foreground");
    }

    [Fact]
    public void An_establishing_extreme_wide_holds_the_lighthouse_whole()
    {
        var lighthouse = Assert.Single(Island.Landmarks);
        ActorState[] pair = [Person("KEEPER", new Vector3(1, 0, 2), 0), Person("SAILOR", new Vector3(2.2f, 0, 2), 0)];
        // From the south-west, the lighthouse (north-east) stands behind the pair; eyes on the upper third crop its lamp room.
        var shot = Wide(3.5, 18, ShotSize.ExtremeWide) with { Angle = -65, Subjects = ["KEEPER", "SAILOR"] };
        var setup = Framing.Solve(shot, pair, Island, Aspect);
        Assert.False(LandmarkFraming.Whole(LandmarkFraming.FrameOf(setup, Aspect), Aspect, lighthouse));
        var held = LandmarkFraming.Hold(setup, Island, Aspect);
        var frame = LandmarkFraming.FrameOf(held, Aspect);
        Assert.True(LandmarkFraming.Whole(frame, Aspect, lighthouse), "the lighthouse is still cut");
        Assert.Equal(0, LandmarkFraming.Missing(frame, Aspect, Island));
        foreach (var p in pair)
            Assert.True(frame.TryProject(p.Eyes, Aspect, out var ndc) && Math.Abs(ndc.X) < 0.9 && ndc.Y > -0.75 && ndc.Y < 0.5, $"{p.Name}'s eyes at {ndc}");
    }
}
