using System.Numerics;

namespace Kinora.World;

/// <summary>A meadow: rolling hills around a flat stage, grass tufts, flowers, a lone tree, a fence line, a few stones.</summary>
static class MeadowSet
{
    public static void Dress(SetBuilder b)
    {
        var grass = Palette.Matte(96, 140, 60, 1);
        b.Plane(Vector3.Zero, 200, 200, grass);
        // Hills are flattened spheres sunk into the ground, kept away from the stage so feet stay at y = 0.
        for (int i = 0; i < 14; i++)
        {
            float angle = b.Dice.RangeF(0, MathF.Tau), dist = b.Dice.RangeF(30f, 80f);
            float r = b.Dice.RangeF(20f, 45f);
            var c = new Vector3(MathF.Cos(angle) * (dist + r * 0.5f), -r * 0.35f, MathF.Sin(angle) * (dist + r * 0.5f));
            b.Sphere(c, new(r * 2, r * 1.0f, r * 2), Palette.Vary(grass, ref b.Dice, 0.15f), angle);
        }
        var flowers = new[] { Palette.Matte(230, 200, 40), Palette.Matte(240, 240, 240), Palette.Matte(200, 60, 140), Palette.Matte(120, 110, 230) };
        Props.Meadow(b, () => new Vector3(b.Dice.RangeF(-25f, 25f), 0, b.Dice.RangeF(-25f, 25f)), 50, 0.4f, 0.3f, grass);
        for (int i = 0; i < 260; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-20f, 20f), 0, b.Dice.RangeF(-20f, 20f));
            float h = b.Dice.RangeF(0.2f, 0.4f);
            var bloom = flowers[b.Dice.Next(flowers.Length)];
            b.Box(at + new Vector3(0, h / 2, 0), new(0.015f, h, 0.015f), b.Leaves);
            b.Box(at + new Vector3(0, h, 0), new(0.04f, 0.025f, 0.04f), bloom, b.Dice.RangeF(0, 1.5f));
        }
        // The lone tree stands off to the north-west of the stage.
        var tree = new Vector3(-6f + b.Dice.RangeF(-1f, 1f), 0, -7f);
        b.Cylinder(tree, 0.35f, 3.5f, Palette.Bark);
        b.Sphere(tree + new Vector3(0, 5.5f, 0), new(7f, 4.5f, 7f), b.Leaves);
        b.Sphere(tree + new Vector3(1.2f, 4.5f, 0.8f), new(4f, 3f, 4f), Palette.Vary(b.Leaves, ref b.Dice, 0.2f));
        b.Sphere(tree + new Vector3(-1.3f, 4.8f, -0.5f), new(4f, 3f, 4f), Palette.Vary(b.Leaves, ref b.Dice, 0.2f));
        b.Block(tree + new Vector3(0, 1, 0), new(0.8f, 2, 0.8f));
        // A post-and-rail fence along the south, broken where a gate would be.
        for (float x = -20f; x <= 20f; x += 2.5f)
        {
            if (MathF.Abs(x) < 2f) continue;
            b.Box(new(x, 0.6f, 10f), new(0.12f, 1.2f, 0.12f), Palette.Wood);
            foreach (float y in new[] { 0.5f, 1f }) b.Box(new(x + 1.25f, y, 10f), new(2.5f, 0.08f, 0.05f), Palette.Wood);
        }
        b.Block(new(-11f, 0.6f, 10f), new(18f, 1.2f, 0.3f));
        b.Block(new(11f, 0.6f, 10f), new(18f, 1.2f, 0.3f));
        for (int i = 0; i < 8; i++)
        {
            var at = new Vector3(b.Dice.RangeF(-15f, 15f), 0, b.Dice.RangeF(-15f, 15f));
            if (MathF.Abs(at.X) < 8f && MathF.Abs(at.Z) < 8f) continue;
            Props.Rock(b, at, b.Dice.RangeF(0.3f, 0.9f), Palette.Rock, true);
        }
        b.Stage = new Aabb(new(-8, 0, -6), new(8, 2, 8));
    }
}
