using System.Numerics;
using Kinora.Core;
using Kinora.Direction;
using Kinora.Production;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>The crew's key on the faces of a night two-shot against lit windows and a street lamp behind.</summary>
public sealed class CrewLightTests
{
    const int W = 320, H = 180;

    static readonly CameraFrame Camera = new(new Vector3(0.3f, 1.6f, 4.6f),
        Vector3.Normalize(new Vector3(0, 1.55f, 1.4f) - new Vector3(0.3f, 1.6f, 4.6f)), Vector3.UnitY, CameraFrame.FovForFocalLength(40), 3.2f, 4f);

    static CastMember Member(string name, Rgb coat, Rgb? skin = null, Rgb? hair = null) => new(name, 40, "average", 1.75,
        skin ?? new Rgb(205, 160, 130), hair ?? new Rgb(60, 40, 30), "short", "coat", coat, new Rgb(40, 40, 50), "none", new Voice("en-us", 50, 170));

    /// <summary>A cast member standing at feet, turned to facing (an actor's yaw): their figure, their state.</summary>
    static (Figure Figure, ActorState State) Stand(string name, Vector3 feet, float facing, Rgb? coat = null, Rgb? skin = null, Rgb? hair = null)
    {
        var human = new Humanoid(Member(name, coat ?? new Rgb(90, 90, 95), skin, hair), 1);
        var pose = Rig.BindPose(human.Skeleton);
        var place = Matrix4x4.CreateRotationY(facing) * Matrix4x4.CreateTranslation(feet);
        var figure = human.Figure(pose, MouthShape.Rest);
        var moved = figure with { Skin = [.. figure.Skin.Select(m => m * place)], Bounds = new Vector4(Vector3.Transform(new Vector3(0, 0.9f, 0), place), 1.4f) };
        var eyes = Vector3.Transform(pose.Head, place);
        return (moved, new ActorState(name, feet, facing, eyes, 1.75f, Vector3.Zero, false));
    }

    static (int X, int Y) Project(Vector3 world)
    {
        var m = CameraMatrices.For(Camera, (float)W / H);
        var clip = Vector4.Transform(new Vector4(world, 1), m.ViewProjection);
        return ((int)((clip.X / clip.W * 0.5f + 0.5f) * W), (int)((0.5f - clip.Y / clip.W * 0.5f) * H));
    }

    [Fact]
    public void A_key_lifts_the_faces_of_a_night_two_shot_out_of_silhouette_without_blowing_them_out()
    {
        // Measured on llvmpipe: faces at luma 0 to 5 unlit, about 145 keyed (a light skin, #cdA082).
        // ADA faces BEN across 1.2 m, both three-quarters to the lens; the street lamp and the shop windows are behind them.
        var ada = Stand("ADA", new Vector3(-0.6f, 0, 1.4f), -MathF.PI / 2 - 0.35f);
        var ben = Stand("BEN", new Vector3(0.6f, 0, 1.4f), MathF.PI / 2 + 0.35f);
        var night = TestScenes.Night();
        var world = night with { Dynamic = [], Actors = [ada.State, ben.State], Figures = [ada.Figure, ben.Figure] };

        var lights = CrewLights.None;
        foreach (var actor in world.Actors)
            if (KeyLighting.Key(actor, Camera.Position, world.Light, world.Light.Exposure) is { } key) lights = lights.With(key);
        Assert.Equal(2, lights.Count);

        using var capture = new FrameCapture(W, H);
        var dark = capture.RenderRgb(world, Camera);
        var keyed = capture.RenderRgb(world, Camera with { Lights = lights });
        foreach (var actor in world.Actors)
        {
            var toCamera = Vector3.Normalize((Camera.Position - actor.Eyes) with { Y = 0 });
            var (x, y) = Project(actor.Eyes - new Vector3(0, 0.05f, 0) + Vector3.Normalize(actor.Forward + toCamera) * 0.08f);
            double before = RgbImage.Luma(dark.Mean(x - 2, y - 2, x + 2, y + 2));
            double after = RgbImage.Luma(keyed.Mean(x - 2, y - 2, x + 2, y + 2));
            Assert.True(after > 70 && after < 200 && after > before + 25, $"{actor.Name}'s face at ({x},{y}) reads {before:F0} unlit and {after:F0} keyed");
        }
        // The key is on the faces, not the street: the frame's corners (the road before them, the buildings) barely change.
        double cornersBefore = RgbImage.Luma(dark.Mean(0, H - 20, 40, H - 1)), cornersAfter = RgbImage.Luma(keyed.Mean(0, H - 20, 40, H - 1));
        Assert.True(Math.Abs(cornersAfter - cornersBefore) < 12, $"the road's corner reads {cornersBefore:F0} then {cornersAfter:F0}");
    }

    [Fact]
    public void A_pale_coat_under_the_key_stays_below_the_highlights_while_the_faces_still_read()
    {
        // The detective's two-shot: both in white coats (#ebe8e1) before the lit shop windows; each key reaches both coats.
        // Measured on llvmpipe: the coats read 171 under keys without flags, 111 with the flag under each key at the
        // chin and 97 once the keys are dimmed for the wardrobe (KeyLighting.Dimmed); the faces 125.
        var pale = new Rgb(235, 232, 225);
        var ada = Stand("ADA", new Vector3(-0.6f, 0, 1.4f), -MathF.PI / 2 - 0.35f, pale);
        var ben = Stand("BEN", new Vector3(0.6f, 0, 1.4f), MathF.PI / 2 + 0.35f, pale);
        var world = TestScenes.Night() with { Dynamic = [], Actors = [ada.State, ben.State], Figures = [ada.Figure, ben.Figure] };
        var keys = CrewLights.None;
        foreach (var actor in world.Actors)
            if (KeyLighting.Key(actor, Camera.Position, world.Light, world.Light.Exposure) is { } key) keys = keys.With(key);
        var unflagged = CrewLights.None.With(keys[0] with { Cutter = 0 }).With(keys[1] with { Cutter = 0 });
        float skin = Lighting.Luminance(new Rgb(205, 160, 130).Linear), coat = Lighting.Luminance(pale.Linear), hair = Lighting.Luminance(new Rgb(60, 40, 30).Linear);
        var dimmed = KeyLighting.Dimmed(keys, [new LitSubject(ada.State, skin, coat, hair), new LitSubject(ben.State, skin, coat, hair)], Camera.Position, world.Light, world.Light.Exposure);

        using var capture = new FrameCapture(W, H);
        var open = capture.RenderRgb(world, Camera with { Lights = unflagged });
        var flagged = capture.RenderRgb(world, Camera with { Lights = dimmed });
        foreach (var actor in world.Actors)
        {
            var toCamera = Vector3.Normalize((Camera.Position - actor.Eyes) with { Y = 0 });
            var seen = Vector3.Normalize(actor.Forward + toCamera);
            var (cx, cy) = Project(actor.Eyes - new Vector3(0, 0.45f, 0) + seen * 0.16f);
            var (fx, fy) = Project(actor.Eyes - new Vector3(0, 0.05f, 0) + seen * 0.08f);
            double coatBefore = RgbImage.Luma(open.Mean(cx - 2, cy - 2, cx + 2, cy + 2)), coatAfter = RgbImage.Luma(flagged.Mean(cx - 2, cy - 2, cx + 2, cy + 2));
            double face = RgbImage.Luma(flagged.Mean(fx - 2, fy - 2, fx + 2, fy + 2));
            Assert.True(coatAfter < 130 && coatAfter < coatBefore - 40 && face > 110,
                $"{actor.Name}'s coat at ({cx},{cy}) reads {coatBefore:F0} under open keys and {coatAfter:F0} flagged and dimmed; the face {face:F0}");
        }
    }

    [Fact]
    public void Light_hair_over_a_dark_face_keyed_at_night_stays_below_the_face()
    {
        // The violinist of the detective film: a dark skin (#785038) keyed up to twice the light target, light brown hair
        // (#aa8250, two and a half times the skin's albedo) on the crown above it. Measured on llvmpipe: the face reads
        // 43; the crown 102 under the flag at the chin alone (2.4 times the face), 61 with the flag over the brow too.
        var skin = new Rgb(0x78, 0x50, 0x38);
        var hair = new Rgb(0xaa, 0x82, 0x50);
        var nora = Stand("NORA", new Vector3(-0.3f, 0, 1.4f), -MathF.PI / 2 - 0.35f, skin: skin, hair: hair);
        var world = TestScenes.Night() with { Dynamic = [], Actors = [nora.State], Figures = [nora.Figure] };
        float s = Lighting.Luminance(skin.Linear), h = Lighting.Luminance(hair.Linear), coat = Lighting.Luminance(new Rgb(90, 90, 95).Linear);
        var key = KeyLighting.Key(nora.State, Camera.Position, world.Light, world.Light.Exposure, s);
        Assert.NotNull(key);
        var keys = KeyLighting.Dimmed(CrewLights.None.With(key.Value), [new LitSubject(nora.State, s, coat, h)], Camera.Position, world.Light, world.Light.Exposure);

        using var capture = new FrameCapture(W, H);
        var keyed = capture.RenderRgb(world, Camera with { Lights = keys });
        var open = capture.RenderRgb(world, Camera with { Lights = CrewLights.None.With(keys[0] with { Cutter = 0 }) });
        var unkeyed = capture.RenderRgb(world, Camera);
        var actor = nora.State;
        var seen = Vector3.Normalize(actor.Forward + Vector3.Normalize((Camera.Position - actor.Eyes) with { Y = 0 }));
        var (fx, fy) = Project(actor.Eyes - new Vector3(0, 0.05f, 0) + seen * 0.08f);
        var (cx, cy) = Project(actor.Eyes + new Vector3(0, 0.1f, 0) + seen * 0.04f);
        double Luma(RgbImage image, int x, int y) => RgbImage.Luma(image.Mean(x - 1, y - 1, x + 1, y + 1));
        double face = Luma(keyed, fx, fy), crown = Luma(keyed, cx, cy), crownOpen = Luma(open, cx, cy);
        Assert.True(face > Luma(unkeyed, fx, fy) + 20 && face >= Luma(open, fx, fy) - 3,
            $"the face at ({fx},{fy}) reads {face:F0} keyed, {Luma(open, fx, fy):F0} under an open key, {Luma(unkeyed, fx, fy):F0} unkeyed");
        Assert.True(crown < 1.6 * face && crown < 0.7 * crownOpen, $"the crown at ({cx},{cy}) reads {crown:F0} flagged, {crownOpen:F0} under an open key; the face {face:F0}");
    }

    [Fact]
    public void The_crew_lamps_come_after_the_two_nearest_practicals_and_push_far_lamps_off_the_list()
    {
        var practicals = Enumerable.Range(0, 8).Select(i => new PointLight(new Vector3(i, 3, -i), Vector3.One, 6)).ToArray();
        var key = new CrewLight(new Vector3(0, 2, 1), new Vector3(2, 2, 2), 4.5f, Cutter: 1.4f);
        var lamps = GlRenderer.WithCrewLights(CrewLights.None.With(key).With(key with { Position = new Vector3(1, 2, 1) }), practicals);
        Assert.Equal(8, lamps.Length);
        Assert.Equal(practicals[..2], lamps.Lights[..2]);
        Assert.Equal(key.Position, lamps.Lights[2].Position);
        Assert.Equal(practicals[2..6], lamps.Lights[4..]);
        Assert.Equal((2, 4), (lamps.Highlighted, lamps.CrewEnd));
        Assert.Equal([0f, 0f, 1.4f, 1.4f, 0f, 0f, 0f, 0f], lamps.Cutters);
        var alone = GlRenderer.WithCrewLights(CrewLights.None, practicals);
        Assert.Same(practicals, alone.Lights);
        Assert.Equal((2, 2), (alone.Highlighted, alone.CrewEnd));
        // With one practical the keys still come after it, never in the highlighted loop.
        var one = GlRenderer.WithCrewLights(CrewLights.None.With(key), practicals[..1]);
        Assert.Equal((1, 2), (one.Highlighted, one.CrewEnd));
    }

    [Fact]
    public void A_flag_under_the_key_passes_all_of_it_at_the_face_and_a_share_on_the_coat()
    {
        var key = new CrewLight(new Vector3(0, 2, 1), Vector3.One, 4.5f, Cutter: 1.45f);
        Assert.Equal(1f, key.Passed(1.6f), 3);
        Assert.Equal(1f, key.Passed(1.45f), 3);
        Assert.Equal(CrewLight.CutterFloor, key.Passed(1.1f), 3);
        Assert.InRange(key.Passed(1.3f), CrewLight.CutterFloor + 0.05f, 0.95f);
        Assert.Equal(1f, (key with { Cutter = 0 }).Passed(0.2f));
    }
}
