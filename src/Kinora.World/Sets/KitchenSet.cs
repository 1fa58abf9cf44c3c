using System.Numerics;

namespace Kinora.World;

/// <summary>A kitchen: counters and cabinets on two walls, stove, fridge, sink, a table with chairs, hanging pots, jars and plates.</summary>
static class KitchenSet
{
    public static void Dress(SetBuilder b)
    {
        float w = b.Dice.RangeF(6f, 7.5f), d = b.Dice.RangeF(5f, 6f), h = 2.7f;
        Props.Room(b, w, d, h, Palette.Matte(200, 196, 186, 2), Palette.Matte(236, 230, 210, 2), 1);
        float hw = w / 2, hd = d / 2;
        // Painted cabinets: an eggshell finish over the wood, so no grain shows through.
        var cabinet = Palette.Vary(Palette.Shiny(120, 150, 140, 0.55f), ref b.Dice, 0.3f);
        var worktop = Palette.Shiny(60, 60, 64, 0.4f);
        // Counter run along the west wall and the north wall either side of the window.
        b.Solid(new(-hw + 0.3f, 0.45f, 0), new(0.6f, 0.9f, d - 0.4f), cabinet);
        b.Box(new(-hw + 0.32f, 0.92f, 0), new(0.64f, 0.04f, d - 0.4f), worktop);
        b.Box(new(-hw + 0.18f, 1.85f, 0), new(0.35f, 0.7f, d - 0.6f), cabinet);
        b.Block(new(-hw + 0.18f, 1.85f, 0), new(0.35f, 0.7f, d - 0.6f));
        for (float z = -hd + 0.5f; z < hd - 0.4f; z += 0.5f)
        {
            b.Box(new(-hw + 0.61f, 0.45f, z), new(0.02f, 0.8f, 0.46f), cabinet);
            b.Box(new(-hw + 0.63f, 0.75f, z + 0.15f), new(0.02f, 0.12f, 0.02f), Palette.Steel);
            b.Box(new(-hw + 0.36f, 1.85f, z), new(0.02f, 0.66f, 0.46f), cabinet);
        }
        foreach (float x in new[] { -hw + 1.4f, hw - 1.2f })
        {
            b.Solid(new(x, 0.45f, -hd + 0.3f), new(1.6f, 0.9f, 0.6f), cabinet);
            b.Box(new(x, 0.92f, -hd + 0.32f), new(1.6f, 0.04f, 0.64f), worktop);
        }
        // Sink under the window, stove with four rings, fridge in the corner.
        b.Box(new(0, 0.45f, -hd + 0.3f), new(1.2f, 0.9f, 0.6f), cabinet);
        b.Block(new(0, 0.45f, -hd + 0.3f), new(1.2f, 0.9f, 0.6f));
        b.Box(new(0, 0.9f, -hd + 0.32f), new(0.7f, 0.06f, 0.45f), Palette.Steel);
        b.Cylinder(new(0, 0.92f, -hd + 0.1f), 0.02f, 0.3f, Palette.Steel);
        var stove = new Vector3(-hw + 0.3f, 0.94f, -0.6f);
        b.Box(stove, new(0.6f, 0.02f, 0.6f), Palette.Matte(20, 20, 20));
        foreach (float dz in new[] { -0.15f, 0.15f })
            foreach (float dx in new[] { -0.13f, 0.13f })
                b.Cylinder(stove + new Vector3(dx, 0.01f, dz), 0.09f, 0.01f, Palette.DarkMetal);
        b.Cylinder(stove + new Vector3(0.1f, 0.02f, 0.15f), 0.13f, 0.15f, Palette.Steel);
        b.Solid(new(hw - 0.45f, 0.95f, hd - 0.5f), new(0.8f, 1.9f, 0.75f), Palette.Shiny(230, 230, 226, 0.3f));
        b.Box(new(hw - 0.88f, 1.2f, hd - 0.2f), new(0.03f, 0.5f, 0.03f), Palette.Steel);
        // Pots hanging from a rail above head height, jars and plates along the worktop.
        b.Box(new(0.5f, 2.35f, 0), new(2f, 0.03f, 0.03f), Palette.Steel);
        for (int i = 0; i < 5; i++)
        {
            float x = -0.3f + i * 0.4f;
            b.Cylinder(new(x, 2.0f, 0), 0.01f, 0.35f, Palette.Steel);
            b.Cylinder(new(x, 1.9f, 0), b.Dice.RangeF(0.08f, 0.14f), 0.12f, Palette.Shiny(180, 110, 70, 0.3f, 1f));
        }
        for (float z = 0.3f; z < hd - 0.3f; z += 0.16f)
            b.Cylinder(new(-hw + 0.2f, 0.94f, z), 0.05f, b.Dice.RangeF(0.12f, 0.22f), Palette.Vary(Palette.Shiny(200, 170, 120, 0.1f), ref b.Dice, 0.4f));
        for (int i = 0; i < 12; i++)
            b.Cylinder(new(-hw + 0.2f, 1.52f + (i % 3) * 0.2f + 0.01f, -1.4f + (i / 3) * 0.25f), 0.11f, 0.02f, Palette.White);
        // Table for two in the middle-south part of the room.
        var table = new Vector3(0.6f, 0, hd - 1.5f);
        Props.Table(b, table, new(1.1f, 0.75f, 0.75f), Palette.LightWood);
        Props.Chair(b, table + new Vector3(-0.85f, 0, 0), -MathF.PI / 2, Palette.LightWood);
        Props.Chair(b, table + new Vector3(0.85f, 0, 0), MathF.PI / 2, Palette.LightWood);
        b.Sphere(table + new Vector3(0, 0.82f, 0), new(0.3f, 0.12f, 0.3f), Palette.Matte(200, 60, 40));
        // Tiled splashback: a grid of small tiles reads as a kitchen from across the room.
        for (float y = 0.98f; y < 1.48f; y += 0.15f)
            for (float z = -hd + 0.3f; z < hd - 0.3f; z += 0.15f)
                b.Box(new(-hw + 0.005f, y + 0.07f, z + 0.07f), new(0.01f, 0.14f, 0.14f), Palette.Vary(Palette.Tile, ref b.Dice, 0.06f));
        for (float x = -hw + 0.5f; x < hw; x += 0.5f)
            for (float z = -hd + 0.5f; z < hd; z += 0.5f)
                if (((int)((x + hw) * 2) + (int)((z + hd) * 2)) % 2 == 0) b.Box(new(x - 0.25f, 0.002f, z - 0.25f), new(0.49f, 0.004f, 0.49f), Palette.Matte(160, 150, 140, 2));
        Props.CeilingLight(b, new(0, h, 0), pendant: true);
        Props.CeilingLight(b, new(0.6f, h, hd - 1.5f), pendant: true);
        b.Stage = new Aabb(new(-hw + 0.7f, 0, -hd + 0.7f), new(hw - 0.3f, 2, hd - 0.3f));
    }
}
