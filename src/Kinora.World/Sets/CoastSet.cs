using System.Numerics;

namespace Kinora.World;

/// <summary>
/// The shore with the sea to the north (−Z). A beach: sand, dunes with marram grass, a wooden jetty, boats drawn
/// up and moored, rocks. A harbour: a stone quay, bollards, crates, a shed, lamps, moored boats.
/// </summary>
static class CoastSet
{
    public static void Dress(SetBuilder b, bool harbour)
    {
        const float shore = -9f;
        b.Plane(new(0, -0.25f, -100f), 400, 200, Palette.Sea);
        var hulls = new[] { Palette.Matte(200, 60, 40), Palette.Matte(40, 80, 140), Palette.White, Palette.Matte(40, 110, 80) };
        if (harbour)
        {
            b.Box(new(0, -1f, 30f + shore), new(120, 2f, 60), Palette.Concrete);
            b.Box(new(0, 0.02f, 30f + shore), new(120, 0.04f, 60), Palette.Cobbles);
            b.Box(new(0, 0.05f, shore + 0.3f), new(120, 0.1f, 0.6f), Palette.Matte(170, 166, 150));
            b.Block(new(0, 0.5f, shore - 1f), new(120, 1f, 2f));
            for (float x = -30; x <= 30; x += 6)
            {
                b.Cylinder(new(x, 0, shore + 0.6f), 0.18f, 0.6f, Palette.DarkMetal);
                b.Sphere(new(x, 0.6f, shore + 0.6f), new(0.36f, 0.2f, 0.36f), Palette.DarkMetal);
                b.Block(new(x, 0.4f, shore + 0.6f), new(0.4f, 0.8f, 0.4f));
            }
            for (int i = 0; i < 7; i++)
                Props.Boat(b, new(-30 + i * 9 + b.Dice.RangeF(-1, 1), -0.3f, shore - 2.5f), b.Dice.RangeF(-0.1f, 0.1f), b.Dice.RangeF(5f, 8f), hulls[b.Dice.Next(hulls.Length)]);
            // A fish shed and stacks of crates and nets along the back of the quay.
            var shed = new Vector3(-4f, 0, 14f);
            b.Solid(shed + new Vector3(0, 2f, 0), new(12f, 4f, 6f), Palette.Matte(90, 110, 120, 3));
            b.Box(shed + new Vector3(0, 4.3f, 0), new(12.4f, 0.6f, 6.4f), Palette.DarkMetal);
            for (float x = -5; x <= 5; x += 2.5f) b.Box(shed + new Vector3(x, 1.5f, -3.02f), new(1.6f, 1.2f, 0.05f), Palette.Glass);
            for (int i = 0; i < 40; i++)
            {
                var at = new Vector3(b.Dice.RangeF(4f, 20f), 0, b.Dice.RangeF(9f, 13f));
                Props.Crate(b, at, b.Dice.RangeF(0.4f, 0.7f), b.Dice.RangeF(-0.3f, 0.3f), false);
            }
            b.Block(new(12f, 0.7f, 11f), new(17f, 1.4f, 5f));
            for (float x = -24; x <= 24; x += 12)
                Props.StreetLamp(b, new(x, 0, shore + 1.5f), -MathF.PI / 2);
            for (float x = -30f; x < 30f; x += 1.5f)
                for (float z = shore + 0.8f; z < shore + 14f; z += 1.5f)
                    if (b.Dice.Chance(0.45)) b.Box(new(x, 0.045f, z), new(1.45f, 0.01f, 1.45f), Palette.Vary(Palette.Matte(120, 118, 112, 2), ref b.Dice, 0.12f));
            for (float x = -40f; x <= 40f; x += 1.2f)
                b.Box(new(x, -0.6f, shore - 0.05f), new(1.1f, 1.1f, 0.1f), Palette.Vary(Palette.Stone, ref b.Dice, 0.15f));
            for (int i = 0; i < 14; i++)
            {
                var at = new Vector3(b.Dice.RangeF(-30f, 30f), 0.05f, shore + b.Dice.RangeF(0.8f, 1.6f));
                if (MathF.Abs(at.X) < 9f) continue;
                b.Cylinder(at, 0.3f, 0.15f, Palette.Matte(190, 170, 120, 7));
            }
            b.Stage = new Aabb(new(-8, 0, shore + 1.2f), new(8, 2, shore + 12f));
        }
        else
        {
            // Sand slopes gently into the water.
            b.Plane(new(0, 0, 30f + shore), 200, 60, Palette.Sand);
            b.Box(new(0, -0.12f, shore - 2f), new(200, 0.2f, 4.5f), Palette.Matte(180, 160, 118, 5), 0);
            for (int i = 0; i < 12; i++)
            {
                var c = new Vector3(b.Dice.RangeF(-50f, 50f), -1.2f, b.Dice.RangeF(22f, 40f));
                b.Sphere(c, new(b.Dice.RangeF(10f, 18f), 4f, b.Dice.RangeF(6f, 10f)), Palette.Sand);
            }
            // Marram grass on the dunes, in clumps.
            Props.Meadow(b, () => new Vector3(b.Dice.RangeF(-40f, 40f), 0, b.Dice.RangeF(12f, 30f)), 40, 0.4f, 0.55f, Palette.Matte(150, 160, 90, 8));
            // The jetty runs out over the water from the east end of the stage.
            float jx = 9f;
            for (float z = shore + 3f; z > shore - 25f; z -= 0.25f)
                b.Box(new(jx, 0.35f, z), new(2.2f, 0.06f, 0.22f), Palette.Vary(Palette.Wood, ref b.Dice, 0.1f));
            for (float z = shore + 2f; z > shore - 25f; z -= 3f)
                foreach (float dx in new[] { -1f, 1f })
                    b.Cylinder(new(jx + dx, -1.5f, z), 0.12f, 2.3f, Palette.DarkWood);
            b.Block(new(jx, 0.6f, shore - 11f), new(2.4f, 1.2f, 28f));
            for (int i = 0; i < 3; i++)
                Props.Boat(b, new(jx + (i % 2 == 0 ? 3.5f : -3.5f), -0.3f, shore - 8f - i * 6f), MathF.PI / 2, b.Dice.RangeF(4f, 6f), hulls[b.Dice.Next(hulls.Length)]);
            var beached = new Vector3(-7f, 0, 5f);
            Props.Boat(b, beached, 0.4f, 4f, hulls[b.Dice.Next(hulls.Length)]);
            b.Block(beached + new Vector3(0, 0.6f, 0), new(4.2f, 1.2f, 1.6f), 0.4f);
            for (int i = 0; i < 18; i++)
            {
                var at = new Vector3(b.Dice.RangeF(-30f, 30f), 0, b.Dice.RangeF(shore - 3f, shore + 20f));
                if (MathF.Abs(at.X) < 10f && at.Z < 9f) continue;
                Props.Rock(b, at, b.Dice.RangeF(0.4f, 1.5f), Palette.Rock, true);
            }
            for (int i = 0; i < 60; i++)
                b.Sphere(new(b.Dice.RangeF(-20f, 20f), 0, b.Dice.RangeF(shore, 10f)), new(0.06f, 0.03f, 0.05f), Palette.White);
            b.Stage = new Aabb(new(-8, 0, shore + 1f), new(8, 2, shore + 14f));
        }
    }
}
