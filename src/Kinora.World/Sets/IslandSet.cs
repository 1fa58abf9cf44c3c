using System.Numerics;

namespace Kinora.World;

/// <summary>A small island: a grassy plateau ringed by cliffs over the sea, a lighthouse with its lamp, a keeper's cottage, rocks in the surf, a fence at the edge.</summary>
static class IslandSet
{
    public static void Dress(SetBuilder b)
    {
        const float radius = 24f, cliff = 14f;
        b.Plane(new(0, -cliff, 0), 800, 800, Palette.Sea);
        // The plateau is a stack of slightly different cylinders so the cliff face looks broken.
        for (int i = 0; i < 6; i++)
        {
            float r = radius - i * 0.8f + b.Dice.RangeF(-0.5f, 0.5f);
            float h = cliff / 6f;
            var off = new Vector3(b.Dice.RangeF(-1f, 1f), 0, b.Dice.RangeF(-1f, 1f));
            b.Cylinder(off + new Vector3(0, -cliff + i * h - 2, 0), r, h + 2.05f - (i == 5 ? 2.05f : 0), Palette.Vary(Palette.Rock, ref b.Dice, 0.15f));
        }
        b.Cylinder(new(0, -0.05f, 0), radius - 4f, 0.06f, Palette.Matte(90, 130, 60, 1));
        for (int i = 0; i < 28; i++)
        {
            float a = b.Dice.RangeF(0, MathF.Tau), d = b.Dice.RangeF(radius, radius + 8f);
            Props.Rock(b, new(MathF.Cos(a) * d, -cliff - 0.5f, MathF.Sin(a) * d), b.Dice.RangeF(1.5f, 4f), Palette.Rock, false);
        }
        // Lighthouse to the north-east.
        var lh = new Vector3(8f, 0, -8f);
        for (int i = 0; i < 6; i++)
            b.Cylinder(lh + new Vector3(0, i * 2.5f, 0), 2.2f - i * 0.15f, 2.5f, i % 2 == 0 ? Palette.White : Palette.Matte(190, 30, 30));
        b.Cylinder(lh + new Vector3(0, 15f, 0), 1.9f, 0.2f, Palette.DarkMetal);
        b.Cylinder(lh + new Vector3(0, 15.2f, 0), 1.2f, 2f, Palette.Glass);
        b.Cone(lh + new Vector3(0, 17.2f, 0), 1.5f, 1.4f, Palette.DarkMetal);
        // At night the whole lantern room burns (the glass, lit from inside, is what bloom catches from the
        // shore), and the lamp lights the tower, the plateau and the cottage below.
        b.Glow(Primitive.Cylinder, lh + new Vector3(0, 16.2f, 0), new(2.46f, 2.02f, 2.46f), Palette.Glow(255, 236, 190, 12f));
        b.Lamp(lh + new Vector3(0, 16.2f, 0), Palette.LampColour * 20f, 50f);
        // The lens turns once in 12 s and throws two opposite beams, 3° wide, tilted down toward the sea.
        b.Beacon(new Beacon(lh + new Vector3(0, 16.2f, 0), Palette.LampColour * 900f, 0.05f, 450f, 12f, 0.06f));
        for (float a = 0; a < MathF.Tau; a += MathF.Tau / 16)
            b.Box(lh + new Vector3(MathF.Cos(a) * 1.85f, 15.7f, MathF.Sin(a) * 1.85f), new(0.04f, 0.8f, 0.04f), Palette.DarkMetal);
        b.Box(lh + new Vector3(0, 1f, 2.18f), new(0.9f, 2f, 0.1f), Palette.DarkWood);
        b.Block(lh + new Vector3(0, 2f, 0), new(4.4f, 4f, 4.4f));
        // The island's landmark, from its foot to the top of the lantern's roof.
        b.Landmark(new Aabb(lh + new Vector3(-2.2f, 0, -2.2f), lh + new Vector3(2.2f, 17.9f, 2.2f)));
        // Keeper's cottage to the west with a pitched roof of two tilted slabs.
        var cot = new Vector3(-9f, 0, -4f);
        b.Solid(cot + new Vector3(0, 1.5f, 0), new(6f, 3f, 4.5f), Palette.Plaster);
        foreach (int s in new[] { -1, 1 })
            b.Add(Primitive.Box, cot + new Vector3(0, 3.7f, s * 1.15f), new(6.4f, 0.15f, 2.8f), Palette.Matte(70, 70, 80), Quaternion.CreateFromAxisAngle(Vector3.UnitX, s * 0.6f));
        b.Box(cot + new Vector3(1.5f, 4.2f, 0.5f), new(0.5f, 1.2f, 0.5f), Palette.Brick);
        b.Box(cot + new Vector3(0, 1f, 2.27f), new(0.9f, 2f, 0.06f), Palette.Matte(40, 70, 120));
        foreach (float x in new[] { -1.8f, 1.8f })
        {
            b.Box(cot + new Vector3(x, 1.6f, 2.27f), new(0.9f, 0.9f, 0.05f), Palette.Glass);
            b.Glow(Primitive.Box, cot + new Vector3(x, 1.6f, 2.29f), new(0.85f, 0.85f, 0.02f), Palette.WindowLit);
        }
        b.Lamp(cot + new Vector3(0, 1.8f, 3.2f), Palette.LampColour * 0.6f, 6f);
        // Fence posts near the cliff edge on the south side, grass and heather everywhere.
        for (float a = 0.3f; a < MathF.PI - 0.3f; a += 0.08f)
        {
            var at = new Vector3(MathF.Cos(a) * (radius - 5.5f), 0, MathF.Sin(a) * (radius - 5.5f));
            b.Box(at + new Vector3(0, 0.5f, 0), new(0.1f, 1f, 0.1f), Palette.Wood);
            b.Box(at + new Vector3(0, 0.85f, 0), new(0.05f, 0.05f, 1.5f), Palette.Wood, -a);
        }
        // Grass in patches and low cushions of heather, in the plateau's own colours.
        var turf = Palette.Matte(90, 130, 60, 1);
        Props.Meadow(b, () =>
        {
            float a = b.Dice.RangeF(0, MathF.Tau), d = MathF.Sqrt(b.Dice.RangeF(0.1f, 1f)) * (radius - 6f);
            return new Vector3(MathF.Cos(a) * d, 0, MathF.Sin(a) * d);
        }, 30, 0.35f, 0.22f, turf);
        for (int i = 0; i < 30; i++)
        {
            float a = b.Dice.RangeF(0, MathF.Tau), d = MathF.Sqrt(b.Dice.RangeF(0.2f, 1f)) * (radius - 6f);
            float r = b.Dice.RangeF(0.2f, 0.4f);
            b.Sphere(new(MathF.Cos(a) * d, 0, MathF.Sin(a) * d), new(r * 2, r * 0.6f, r * 2), Palette.Vary(Palette.Matte(96, 72, 88, 8), ref b.Dice, 0.15f));
        }
        // The plateau edge stops people walking off the cliff.
        for (float a = 0; a < MathF.Tau; a += MathF.Tau / 24)
            b.Block(new(MathF.Cos(a) * (radius - 4f), 0.5f, MathF.Sin(a) * (radius - 4f)), new(4f, 1f, 4f));
        b.Stage = new Aabb(new(-7, 0, -3), new(7, 2, 9));
    }
}
