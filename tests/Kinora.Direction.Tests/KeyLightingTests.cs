using System.Numerics;
using Kinora.World;

namespace Kinora.Direction.Tests;

public sealed class KeyLightingTests
{
    static readonly Vector3 Lens = new(0, 1.6f, 4);

    /// <summary>A moonlit street: a dim blue moon and sky, one lamp far behind the actors, exposed up for the night.</summary>
    static Lighting Night => new(Vector3.Normalize(new Vector3(0.3f, 0.6f, -0.7f)), new(0.05f, 0.06f, 0.09f), new(0.004f, 0.007f, 0.02f),
        new(0.015f, 0.02f, 0.035f), new(0.008f, 0.011f, 0.025f), -0.5, 0.2, [new PointLight(new(2, 3.9f, -6), new(6f, 4.2f, 2.2f), 10f)], 1.6f);

    static Lighting Noon => new(Vector3.Normalize(new Vector3(0.2f, 0.9f, 0.3f)), new(2.8f, 2.66f, 2.4f), new(0.3f, 0.5f, 1.0f),
        new(0.8f, 0.88f, 1.0f), new(0.32f, 0.42f, 0.64f), 1.1, 2.0, [], 1.0f);

    /// <summary>An actor at the origin, yaw as ActorState's (0 looks along −Z, +π/2 along −X).</summary>
    static ActorState Actor(float facing) => new("ADA", Vector3.Zero, facing, new Vector3(0, 1.65f, 0), 1.75f, Vector3.Zero, false);

    [Theory]
    [InlineData(-2.4f, 1)]   // three-quarters to the lens, looking toward +X (camera right): the key on +X
    [InlineData(2.4f, -1)]   // looking toward −X: the key on −X
    [InlineData(-1.7f, 1)]   // in profile, looking across the frame to +X
    public void The_key_stands_off_the_lens_axis_on_the_side_the_actor_faces_a_little_above_the_eyes(float facing, int side)
    {
        var actor = Actor(facing);
        var key = KeyLighting.Key(actor, Lens, Night, Night.Exposure);
        Assert.NotNull(key);
        var k = key.Value;
        var toKey = (k.Position - actor.Eyes) with { Y = 0 };
        var toLens = (Lens - actor.Eyes) with { Y = 0 };
        Assert.Equal(side, Math.Sign(k.Position.X));
        double off = Math.Acos(Vector3.Dot(Vector3.Normalize(toKey), Vector3.Normalize(toLens))) * 180 / Math.PI;
        Assert.InRange(off, 30, 45);
        Assert.InRange(k.Position.Y - actor.Eyes.Y, 0.2, 0.8);
        Assert.InRange(toKey.Length(), 1, 3);
        Assert.InRange(k.Range, 2, 6);   // a few metres: the face, not the street
    }

    [Fact]
    public void The_key_brings_the_face_to_the_target_and_no_further()
    {
        var actor = Actor(-2.4f);
        var key = KeyLighting.Key(actor, Lens, Night, Night.Exposure)!.Value;
        var seen = Vector3.Normalize(actor.Forward + Vector3.Normalize((Lens - actor.Eyes) with { Y = 0 }));
        var face = actor.Eyes - new Vector3(0, 0.04f, 0);
        float before = KeyLighting.FaceLight(Night, face, seen) * Night.Exposure;
        var keyed = Night with { Practicals = [.. Night.Practicals, new PointLight(key.Position, key.Colour, key.Range)] };
        float after = KeyLighting.FaceLight(keyed, face, seen) * Night.Exposure;
        Assert.True(before < 0.3f * KeyLighting.FaceTarget, $"unlit {before}");
        Assert.InRange(after, KeyLighting.FaceTarget * 0.95f, KeyLighting.FaceTarget * 1.05f);
    }

    [Fact]
    public void No_key_for_a_face_in_daylight_or_for_the_back_of_a_head()
    {
        Assert.Null(KeyLighting.Key(Actor(-2.4f), Lens, Noon, Noon.Exposure));
        Assert.Null(KeyLighting.Key(Actor(0f), Lens, Night, Night.Exposure));   // looking away from the lens, along −Z
    }

    [Fact]
    public void A_darker_skin_gets_more_key_at_most_twice_the_target()
    {
        var light = KeyLighting.Key(Actor(-2.4f), Lens, Night, Night.Exposure, KeyLighting.ReferenceSkin)!.Value;
        var dark = KeyLighting.Key(Actor(-2.4f), Lens, Night, Night.Exposure, 0.1f)!.Value;
        var darkest = KeyLighting.Key(Actor(-2.4f), Lens, Night, Night.Exposure, 0.01f)!.Value;
        Assert.InRange(dark.Colour.Y / light.Colour.Y, 1.9, 2.3);
        Assert.Equal(dark.Colour.Y, darkest.Colour.Y, 3);
        Assert.Equal(light.Position, dark.Position);
    }

    [Fact]
    public void In_a_two_shot_the_flags_keep_pale_coats_under_the_limit_and_only_a_brighter_one_dims_both_keys()
    {
        // Each key reaches both coats: a pale coat (albedo 0.5) takes two keys. A medium-dark skin (0.2), dark hair.
        var ada = Actor(-MathF.PI / 2 - 0.35f) with { Position = new Vector3(-0.6f, 0, 0), Eyes = new Vector3(-0.6f, 1.65f, 0) };
        var ben = Actor(MathF.PI / 2 + 0.35f) with { Name = "BEN", Position = new Vector3(0.6f, 0, 0), Eyes = new Vector3(0.6f, 1.65f, 0) };
        var keys = CrewLights.None.With(KeyLighting.Key(ada, Lens, Night, Night.Exposure)!.Value).With(KeyLighting.Key(ben, Lens, Night, Night.Exposure)!.Value);
        var dark = KeyLighting.Dimmed(keys, [new LitSubject(ada, 0.2f, 0.05f, 0.05f), new LitSubject(ben, 0.2f, 0.05f, 0.05f)], Lens, Night, Night.Exposure);
        var pale = KeyLighting.Dimmed(keys, [new LitSubject(ada, 0.2f, 0.5f, 0.05f), new LitSubject(ben, 0.2f, 0.5f, 0.05f)], Lens, Night, Night.Exposure);
        var white = KeyLighting.Dimmed(keys, [new LitSubject(ada, 0.2f, 4f, 0.05f), new LitSubject(ben, 0.2f, 4f, 0.05f)], Lens, Night, Night.Exposure);
        Assert.Equal(keys, dark);
        // A light skin under both keys reaches the limit too: the faces are part of what the key may not blow out.
        var light = KeyLighting.Dimmed(keys, [new LitSubject(ada, 0.4f, 0.05f, 0.05f), new LitSubject(ben, 0.4f, 0.05f, 0.05f)], Lens, Night, Night.Exposure);
        Assert.True(light[0].Colour.Y < keys[0].Colour.Y);
        var alone = CrewLights.None.With(keys[0]);
        Assert.Equal(alone, KeyLighting.Dimmed(alone, [new LitSubject(ben, 0.2f, 0.05f, 0.05f)], Lens, Night, Night.Exposure));
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(keys[i], pale[i]);   // the flag under each key at the chin (CrewLight.Cutter) keeps it under the limit
            Assert.InRange(keys[i].Passed(ada.Eyes.Y - 0.45f), CrewLight.CutterFloor, 0.4f);
            Assert.Equal(KeyLighting.LeastDimming, white[i].Colour.Y / keys[i].Colour.Y, 3);   // no darker: the faces still read
            Assert.Equal(keys[i].Position, pale[i].Position);
        }
    }

    [Fact]
    public void A_key_set_beside_another_head_moves_round_the_face_until_it_stands_as_far_from_that_head_as_from_the_face()
    {
        // ADA three-quarters to the lens looking toward +X; BEN stands where her key would hang, 35° off the lens on her side.
        var actor = Actor(-2.4f);
        var planned = KeyLighting.Key(actor, Lens, Night, Night.Exposure)!.Value;
        var ben = planned.Position with { Y = actor.Eyes.Y + 0.05f } + new Vector3(0.2f, 0, 0.3f);
        Assert.True(Vector3.Distance(planned.Position, ben) < 0.6f, "BEN's head is beside the planned lamp");
        var moved = KeyLighting.Key(actor, Lens, Night, Night.Exposure, others: [ben])!.Value;
        float own = Vector3.Distance(moved.Position, actor.Eyes - new Vector3(0, 0.04f, 0));
        Assert.True(Vector3.Distance(moved.Position, ben) >= own - 0.01f, $"the key stands {Vector3.Distance(moved.Position, ben):0.00} m from BEN, {own:0.00} m from ADA");
        // Still a key for her face: off the lens axis, above the eyes, as strong as needed to reach the target there.
        Assert.InRange(moved.Position.Y - actor.Eyes.Y, 0.2, 0.8);
        var seen = Vector3.Normalize(actor.Forward + Vector3.Normalize((Lens - actor.Eyes) with { Y = 0 }));
        var face = actor.Eyes - new Vector3(0, 0.04f, 0);
        var keyed = Night with { Practicals = [.. Night.Practicals, new PointLight(moved.Position, moved.Colour, moved.Range)] };
        Assert.InRange(KeyLighting.FaceLight(keyed, face, seen) * Night.Exposure, 0.9f * KeyLighting.FaceTarget, 1.1f * KeyLighting.FaceTarget);
        // With nobody else about, the planned spot.
        Assert.Equal(planned, KeyLighting.Key(actor, Lens, Night, Night.Exposure, others: []));
    }
}
