using System.Numerics;

namespace Kinora.World;

/// <summary>A coastal road running east–west: the sea below a cliff to the north behind a guard rail, a rocky hillside to the south, a car on the shoulder, signs, shrubs.</summary>
static class RoadSet
{
    /// <summary>Where the hillside starts to rise (metres south of the road's centre), its pitch and its length up the slope.</summary>
    const float HillFoot = 12.5f, HillPitch = 28f * MathF.PI / 180f, HillLength = 24f;

    public static void Dress(SetBuilder b)
    {
        const float length = 140f;
        b.Plane(new(0, 0, 0), length, 7f, Palette.Asphalt);
        for (float x = -length / 2 + 1; x < length / 2; x += 5f)
            b.Box(new(x, 0.004f, 0), new(2.5f, 0.008f, 0.12f), Palette.Matte(240, 230, 200));
        foreach (int side in new[] { -1, 1 })
            b.Box(new(0, 0.004f, side * 3.3f), new(length, 0.008f, 0.1f), Palette.White);
        // Gravel shoulder, then the cliff edge and the rail on the sea side (north).
        var gravel = Palette.Matte(140, 130, 110, 5);
        b.Plane(new(0, 0, -5f), length, 3f, gravel);
        // And a verge of it on the hill side, up to the scrub.
        b.Plane(new(0, 0, 4.25f), length, 1.5f, gravel);
        b.Box(new(0, -20f, -14f), new(length, 40f, 12f), Palette.Rock);
        b.Plane(new(0, -25f, -160f), 600, 300, Palette.Sea);
        for (float x = -length / 2; x <= length / 2; x += 2f)
            b.Box(new(x, 0.4f, -6f), new(0.12f, 0.8f, 0.12f), Palette.Metal);
        b.Box(new(0, 0.65f, -6.05f), new(length, 0.3f, 0.05f), Palette.Steel);
        b.Block(new(0, 0.5f, -6.5f), new(length, 1f, 1.2f));
        for (int i = 0; i < 20; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-60f, 60f), -6f - b.Dice.RangeF(0f, 18f), -8.5f - b.Dice.RangeF(0f, 5f));
            Props.Rock(b, at, b.Dice.RangeF(2f, 5f), Palette.Rock, false);
        }
        // Hillside to the south with scrub and boulders.
        b.Plane(new(0, 0, 9f), length, 8f, Palette.Matte(120, 120, 70, 1));
        // The hill itself rises from the scrub's far edge at 28°: a slope of dry grass and earth the low sun rakes, not a
        // wall (a vertical face this large, seen past the car, is all the frame's background).
        var slope = Quaternion.CreateFromAxisAngle(Vector3.UnitX, -HillPitch);
        var up = new Vector3(0, MathF.Sin(HillPitch), MathF.Cos(HillPitch));
        var outward = new Vector3(0, MathF.Cos(HillPitch), -MathF.Sin(HillPitch));
        b.Add(Primitive.Box, new Vector3(0, 0, HillFoot) + up * (HillLength / 2) - outward * 1f, new(length, 2f, HillLength), Palette.Matte(118, 108, 72, 1), slope);
        b.Block(new(0, 4f, 16f), new(length, 8f, 6f));
        for (int i = 0; i < 160; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-60f, 60f), 0, b.Dice.RangeF(6.5f, 12.5f));
            if (MathF.Abs(at.X) < 10f && at.Z < 8f) continue;
            if (b.Dice.Chance(0.3)) Props.Rock(b, at, b.Dice.RangeF(0.3f, 1f), Palette.Rock, false);
            else b.Sphere(at + new Vector3(0, 0.3f, 0), new(b.Dice.RangeF(0.5f, 1.3f), 0.7f, 0.9f), Palette.Vary(Palette.Matte(80, 100, 50, 8), ref b.Dice, 0.25f));
        }
        b.Block(new(-36f, 0.5f, 9.5f), new(52f, 1f, 6f));
        b.Block(new(36f, 0.5f, 9.5f), new(52f, 1f, 6f));
        for (int i = 0; i < 8; i++)
        {
            float z = b.Dice.RangeF(14f, 20f);
            Props.Conifer(b, new(b.Dice.RangeF(-60f, 60f), (z - HillFoot) * MathF.Tan(HillPitch), z), b.Dice.RangeF(6f, 10f), false);
        }
        Props.Car(b, new(-4.5f + b.Dice.RangeF(-1f, 1f), 0, -4.6f), 0, Palette.Shiny(220, 210, 190, 0.3f, 0.3f));
        // A bend sign and a kilometre post.
        b.Cylinder(new(7f, 0, -5.2f), 0.04f, 2.2f, Palette.Metal);
        b.Box(new(7f, 2.2f, -5.2f), new(0.7f, 0.7f, 0.03f), Palette.Matte(230, 190, 30), MathF.PI / 4);
        b.Block(new(7f, 1.1f, -5.2f), new(0.2f, 2.2f, 0.2f));
        b.Box(new(-12f, 0.5f, 4.2f), new(0.15f, 1f, 0.1f), Palette.White);
        b.Stage = new Aabb(new(-9, 0, -5.8f), new(9, 2, 5.5f));
    }
}
