using System.Collections.Immutable;
using System.Numerics;
using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>Which lamps a frame lights with: the nearest eight that can reach something in view or its mirror image.</summary>
public sealed class PracticalsChoiceTests
{
    // At eye height on the street, looking down −z with a 50° vertical field of view.
    static readonly CameraFrame Camera = new(new(0, 1.6f, 0), -Vector3.UnitZ, Vector3.UnitY, 50f * MathF.PI / 180f, 10f, 0f);

    static PointLight Lamp(float x, float y, float z, float range = 6f) => new(new(x, y, z), new(6f, 4.2f, 2.2f), range);

    // The same camera tilted 20° down at the wet street: the top of frame 5° above the horizon.
    static readonly CameraFrame LookingDown = Camera with { Forward = new(0, -MathF.Sin(20f * MathF.PI / 180f), -MathF.Cos(20f * MathF.PI / 180f)) };

    static PointLight[] Choose(params PointLight[] lamps) => ChooseFor(Camera, lamps);

    static PointLight[] ChooseFor(CameraFrame camera, params PointLight[] lamps)
    {
        var lighting = TestScenes.NightLight with { Practicals = [.. lamps] };
        return GlRenderer.ChoosePracticals(lighting, camera.Position, CameraMatrices.For(camera, 16f / 9f).ViewProjection);
    }

    [Fact]
    public void A_lamp_behind_the_camera_beyond_its_reach_is_left_out_and_one_ahead_is_kept()
    {
        var ahead = Lamp(2, 4, -10);
        var behind = Lamp(0, 4, 20);
        Assert.Equal([ahead], Choose(behind, ahead));
    }

    [Fact]
    public void A_lamp_whose_reach_spills_into_view_from_behind_is_kept()
    {
        // 4 m behind the camera with a 6 m reach: its light falls on the street in front of the lens.
        var close = Lamp(0, 4, 4);
        Assert.Equal([close], Choose(close));
    }

    [Fact]
    public void A_lamp_above_the_frame_is_kept_while_its_image_in_the_wet_ground_is_in_view()
    {
        // 12° above the horizon, 20 m off, over the top of frame and out of reach of anything in it; mirrored in
        // the ground it lies 21° below the horizon, inside the frame.
        var high = Lamp(0, 6, -20, range: 0.5f);
        Assert.False(DrawList.Meets(Planes(LookingDown), high.Position, high.Range));
        Assert.True(DrawList.Meets(Planes(LookingDown), high.Position with { Y = -high.Position.Y }, high.Range));
        Assert.Equal([high], ChooseFor(LookingDown, high));
        // Looking level at one 56° up, neither the lamp nor its image (60° down) is in frame.
        Assert.Empty(Choose(Lamp(0, 31, -20, range: 0.5f)));
    }

    [Fact]
    public void At_most_eight_are_chosen_nearest_first()
    {
        var lamps = Enumerable.Range(0, 12).Select(i => Lamp(i % 2 == 0 ? -3 : 3, 4, -4 - 3 * i)).ToArray();
        var chosen = Choose([.. lamps.Reverse()]);
        Assert.Equal(lamps.Take(8), chosen);
    }

    static Vector4[] Planes(CameraFrame camera)
    {
        var planes = new Vector4[6];
        DrawList.PlanesOf(CameraMatrices.For(camera, 16f / 9f).ViewProjection, planes);
        return planes;
    }
}
