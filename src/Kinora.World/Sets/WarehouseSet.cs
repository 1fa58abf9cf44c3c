using System.Numerics;

namespace Kinora.World;

/// <summary>A warehouse: tall shelving racks laden with boxes, pallets, a forklift, a fire exit door with its green sign, high-bay lamps.</summary>
static class WarehouseSet
{
    public static void Dress(SetBuilder b)
    {
        float w = 30f, d = 22f, h = 8f;
        Props.Room(b, w, d, h, Palette.Concrete, Palette.Matte(150, 150, 140, 2), 3);
        float hw = w / 2, hd = d / 2;
        var upright = Palette.Shiny(30, 60, 140, 0.5f, 0.6f);
        var beam = Palette.Shiny(220, 110, 30, 0.5f, 0.6f);
        // Racks run north–south along both sides, leaving the middle aisle as the stage.
        foreach (float x in new[] { -12f, -8.5f, 8.5f, 12f })
        {
            float len = 16f;
            b.Block(new(x, 2.5f, 0), new(1.2f, 5f, len));
            for (float z = -len / 2; z <= len / 2 + 0.01f; z += 2.7f)
                foreach (float dx in new[] { -0.55f, 0.55f })
                    b.Box(new(x + dx, 2.5f, z), new(0.08f, 5f, 0.08f), upright);
            for (float y = 0.15f; y < 5f; y += 1.6f)
            {
                foreach (float dx in new[] { -0.55f, 0.55f })
                    b.Box(new(x + dx, y, 0), new(0.06f, 0.12f, len), beam);
                for (float z = -len / 2 + 0.5f; z < len / 2 - 0.3f; z += b.Dice.RangeF(0.6f, 1.1f))
                {
                    if (b.Dice.Chance(0.15)) continue;
                    float s = b.Dice.RangeF(0.4f, 0.8f);
                    b.Box(new(x, y + 0.06f + s / 2, z + s / 2), new(1f, s, s), Palette.Vary(Palette.Cardboard, ref b.Dice, 0.25f));
                }
            }
        }
        // Pallets and stacked crates near the walls.
        // The fire exit in the north wall's pier west of the middle window, a pallet of crates left in front of it: the
        // blocked exit a safety film shows. Whoever the story sends there stands on the aisle's edge before it.
        var exit = new Vector3(-4.5f, 0, -hd);
        b.Box(exit + new Vector3(0, 1.1f, 0.04f), new(1.8f, 2.2f, 0.08f), Palette.Shiny(180, 40, 30, 0.5f, 0.4f));
        b.Box(exit + new Vector3(0, 1.05f, 0.13f), new(1.5f, 0.06f, 0.08f), Palette.Steel);
        b.Box(exit + new Vector3(0, 2.6f, 0.05f), new(0.7f, 0.3f, 0.06f), Palette.Glow(40, 255, 90, 5f));
        b.Lamp(exit + new Vector3(0, 2.5f, 0.6f), new Vector3(0.2f, 1f, 0.4f) * 1.5f, 5f);
        var blocking = exit + new Vector3(0.2f, 0, 1.2f);
        b.Box(blocking + new Vector3(0, 0.07f, 0), new(1.2f, 0.14f, 1f), Palette.LightWood);
        for (int k = 0; k < 2; k++) Props.Crate(b, blocking + new Vector3(0, 0.14f + k * 0.6f, 0), 0.6f, 0.1f * (k + 1), false);
        b.Block(blocking + new Vector3(0, 0.6f, 0), new(1.2f, 1.2f, 1f));
        b.NamedPlace("fire exit", exit + new Vector3(0, 1.1f, 0.04f), new Vector3(-3.2f, 0, -7.9f), MathF.PI);
        for (int i = 0; i < 12; i++)
        {
            float x = b.Dice.RangeF(-6f, 6f), z = b.Dice.Chance(0.5) ? b.Dice.RangeF(8f, 10f) : b.Dice.RangeF(-10f, -8.5f);
            // Nothing else is stacked against the fire exit or in the way to it.
            if (z < 0 && MathF.Abs(x - exit.X) < 2.5f) continue;
            b.Box(new(x, 0.07f, z), new(1.2f, 0.14f, 1f), Palette.LightWood);
            int stack = 1 + b.Dice.Next(3);
            for (int k = 0; k < stack; k++) Props.Crate(b, new(x, 0.14f + k * 0.6f, z), 0.6f, b.Dice.RangeF(-0.2f, 0.2f), false);
            b.Block(new(x, 0.6f, z), new(1.2f, 1.2f, 1f));
        }
        // Forklift.
        var fl = new Vector3(4.5f, 0, -6.5f);
        var yellow = Palette.Shiny(230, 180, 20, 0.5f, 0.3f);
        b.Box(fl + new Vector3(0, 0.7f, 0), new(1.2f, 0.9f, 2f), yellow);
        b.Box(fl + new Vector3(0, 1.9f, 0.2f), new(1.1f, 0.05f, 1.2f), Palette.DarkMetal);
        foreach (float dx in new[] { -0.5f, 0.5f }) foreach (float dz in new[] { -0.5f, 0.7f })
            { b.Box(fl + new Vector3(dx, 1.3f, dz), new(0.05f, 1.2f, 0.05f), Palette.DarkMetal); b.Lying(fl + new Vector3(dx * 1.1f, 0.3f, dz), 0.3f, 0.2f, Palette.Rubber); }
        b.Box(fl + new Vector3(0, 1.4f, -1.1f), new(0.9f, 2.8f, 0.1f), Palette.DarkMetal);
        foreach (float dx in new[] { -0.3f, 0.3f }) b.Box(fl + new Vector3(dx, 0.1f, -1.7f), new(0.12f, 0.05f, 1.1f), Palette.DarkMetal);
        b.Block(fl + new Vector3(0, 1.2f, -0.3f), new(1.3f, 2.4f, 3f));
        for (float x = -10f; x <= 10f; x += 5f)
            for (float z = -6f; z <= 6f; z += 6f)
            {
                b.Cylinder(new(x, h - 1.2f, z), 0.01f, 1.2f, Palette.DarkMetal);
                b.Cone(new(x, h - 1.5f, z), 0.35f, 0.35f, Palette.DarkMetal);
                b.Glow(Primitive.Sphere, new(x, h - 1.5f, z), new(0.25f, 0.1f, 0.25f), Palette.Bulb);
                b.Lamp(new(x, h - 1.7f, z), Palette.LampColour * 2.5f, 14f);
            }
        b.Stage = new Aabb(new(-7.5f, 0, -8f), new(7.5f, 2, 7.5f));
    }
}
