using System.Numerics;

namespace Kinora.World;

/// <summary>A back alley running north–south between two tall brick walls: dumpster, crates, fire escape, puddles, one lamp.</summary>
static class AlleySet
{
    public static void Dress(SetBuilder b)
    {
        const float half = 3f, length = 40f;
        b.Plane(new(0, 0, 0), half * 2 + 0.5f, length, Palette.Cobbles);
        foreach (int side in new[] { -1, 1 })
        {
            float z = -length / 2;
            while (z < length / 2)
            {
                float d = b.Dice.RangeF(6f, 10f);
                float h = b.Dice.RangeF(9f, 16f);
                var wall = Palette.Vary(Palette.Brick, ref b.Dice, 0.25f);
                b.Solid(new(side * (half + 4), h / 2, z + d / 2), new(8f, h, d - 0.1f), wall);
                for (float wy = 3.5f; wy < h - 1; wy += 3f)
                    for (float wz = z + 1.5f; wz < z + d - 1; wz += 2.5f)
                    {
                        b.Box(new(side * (half + 0.02f), wy, wz), new(0.05f, 1.3f, 1f), Palette.Glass);
                        if (b.Dice.Chance(0.3))
                            b.Glow(Primitive.Box, new(side * (half - 0.01f), wy, wz), new(0.03f, 1.3f, 1f), Palette.WindowLit);
                    }
                // Pipes down the walls.
                b.Cylinder(new(side * (half - 0.08f), 0, z + 0.4f), 0.06f, h, Palette.DarkMetal);
                z += d;
            }
            // Fire escape: landings and railings on one wall.
            if (side > 0)
                for (float y = 3f; y < 12f; y += 3f)
                {
                    b.Box(new(half - 0.6f, y, 2f), new(1.2f, 0.06f, 4f), Palette.DarkMetal);
                    for (float rz = 0.1f; rz <= 4f; rz += 0.5f) b.Box(new(half - 1.18f, y + 0.5f, rz), new(0.03f, 1f, 0.03f), Palette.DarkMetal);
                    b.Box(new(half - 1.18f, y + 1f, 2f), new(0.04f, 0.04f, 4f), Palette.DarkMetal);
                }
        }
        // Dumpster and crates hug the walls so the middle stays walkable.
        b.Solid(new(-half + 0.8f, 0.65f, -3f), new(1.5f, 1.3f, 2.2f), Palette.Shiny(40, 90, 50, 0.6f, 0.4f));
        b.Box(new(-half + 0.8f, 1.35f, -3f), new(1.6f, 0.08f, 2.3f), Palette.DarkMetal);
        for (int i = 0; i < 10; i++)
        {
            float z = b.Dice.RangeF(-15f, 15f);
            if (MathF.Abs(z - 2f) < 2.5f) continue;
            float s = b.Dice.RangeF(0.4f, 0.8f);
            Props.Crate(b, new(half - 0.1f - s / 2, 0, z), s, b.Dice.RangeF(-0.3f, 0.3f), true);
            if (b.Dice.Chance(0.4)) Props.Crate(b, new(half - 0.1f - s / 2, s, z), s * 0.8f, b.Dice.RangeF(-0.3f, 0.3f), false);
        }
        for (int i = 0; i < 14; i++)
            b.Plane(new(b.Dice.RangeF(-2f, 2f), 0.01f, b.Dice.RangeF(-18f, 18f)), b.Dice.RangeF(0.5f, 1.6f), b.Dice.RangeF(0.5f, 2f), Palette.Puddle);
        for (int i = 0; i < 30; i++)
            b.Box(new(b.Dice.RangeF(-2.8f, 2.8f), 0.02f, b.Dice.RangeF(-19f, 19f)), new(0.15f, 0.03f, 0.1f), Palette.Vary(Palette.Cardboard, ref b.Dice, 0.4f), b.Dice.RangeF(0, 3f));
        for (int i = 0; i < 90; i++)
        {
            float side = b.Dice.Chance(0.5) ? -1 : 1;
            b.Box(new(side * (half - b.Dice.RangeF(0.05f, 0.5f)), 0.04f, b.Dice.RangeF(-19f, 19f)), new(0.2f, 0.07f, 0.1f), Palette.Vary(Palette.Brick, ref b.Dice, 0.3f), b.Dice.RangeF(0, 3f));
        }
        for (float z = -19.5f; z < 20f; z += 1f) b.Box(new(0, 0.003f, z), new(0.3f, 0.006f, 0.9f), Palette.DarkMetal);
        // One caged bulb over a back door.
        b.Box(new(-half + 0.02f, 1.1f, 4f), new(0.08f, 2.2f, 1.1f), Palette.Shiny(90, 40, 30, 0.6f, 0.5f));
        b.Box(new(-half + 0.2f, 2.7f, 4f), new(0.3f, 0.15f, 0.3f), Palette.DarkMetal);
        b.Glow(Primitive.Sphere, new(-half + 0.25f, 2.55f, 4f), new(0.15f, 0.15f, 0.15f), Palette.Bulb);
        b.Lamp(new(-half + 0.4f, 2.4f, 4f), Palette.LampColour * 1.2f, 12f);
        b.Lamp(new(0, 4f, -12f), Palette.ColdLampColour * 0.6f, 10f);
        b.Stage = new Aabb(new(-half + 0.2f, 0, -8), new(half - 0.2f, 2, 8));
    }
}
