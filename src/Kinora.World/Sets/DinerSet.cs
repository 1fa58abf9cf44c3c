using System.Numerics;

namespace Kinora.World;

/// <summary>A diner: long counter with stools, booths along the window wall, checker floor, pendant lamps, a neon sign.</summary>
static class DinerSet
{
    public static void Dress(SetBuilder b)
    {
        float w = 16f, d = 9f, h = 3f;
        Props.Room(b, w, d, h, Palette.White, Palette.Matte(230, 220, 190, 2), 5);
        float hw = w / 2, hd = d / 2;
        var dark = Palette.Matte(30, 30, 34);
        for (int ix = 0; ix < 16; ix++)
            for (int iz = 0; iz < 9; iz++)
                if ((ix + iz) % 2 == 0) b.Box(new(-hw + ix + 0.5f, 0.002f, -hd + iz + 0.5f), new(1f, 0.004f, 1f), dark);
        // Counter along the south wall with stools in front of it.
        var red = Palette.Shiny(180, 30, 40, 0.35f);
        b.Solid(new(-1f, 0.55f, hd - 1.2f), new(10f, 1.1f, 0.7f), Palette.Shiny(200, 200, 205, 0.3f, 0.5f));
        b.Box(new(-1f, 1.12f, hd - 1.2f), new(10.2f, 0.05f, 0.8f), red);
        for (float x = -5.5f; x <= 3.5f; x += 1f)
        {
            b.Cylinder(new(x, 0, hd - 1.95f), 0.04f, 0.7f, Palette.Steel);
            b.Cylinder(new(x, 0.7f, hd - 1.95f), 0.2f, 0.08f, red);
            b.Block(new(x, 0.4f, hd - 1.95f), new(0.4f, 0.8f, 0.4f));
        }
        for (float x = -5.5f; x <= 3.5f; x += 0.6f)
            b.Cylinder(new(x, 1.15f, hd - 1.2f), 0.1f, 0.02f, Palette.White);
        b.Solid(new(-1f, 1f, hd - 0.3f), new(10f, 2f, 0.5f), Palette.Steel);
        for (int i = 0; i < 8; i++)
            b.Cylinder(new(-5f + i * 1.2f, 2.0f, hd - 0.3f), 0.12f, 0.3f, Palette.Vary(Palette.Shiny(160, 120, 80, 0.2f), ref b.Dice, 0.3f));
        // Booths: table between two high-backed benches, along the north windows.
        for (float x = -6f; x <= 6f; x += 3f)
        {
            var t = new Vector3(x, 0, -hd + 0.9f);
            // The booth as one piece of furniture: both benches with their backs, and the table between them.
            var booth = new Aabb(t + new Vector3(-1.14f, 0, -0.65f), t + new Vector3(1.14f, 1.05f, 0.65f));
            b.Solid(t + new Vector3(0, 0.72f, 0), new(0.8f, 0.05f, 1.2f), Palette.Shiny(220, 220, 210, 0.2f));
            b.Cylinder(t, 0.06f, 0.72f, Palette.Steel);
            foreach (int s in new[] { -1, 1 })
            {
                b.Solid(t + new Vector3(s * 0.85f, 0.22f, 0), new(0.55f, 0.44f, 1.3f), red);
                b.Solid(t + new Vector3(s * 1.08f, 0.7f, 0), new(0.12f, 0.7f, 1.3f), red);
                // Two places on each bench, facing the table, feet under it.
                foreach (float z in new[] { -0.3f, 0.3f })
                    b.AddSeat(new Seat(t + new Vector3(s * 0.575f, 0, z), s * MathF.PI / 2, 0.44f, Tucked: true) { Furniture = booth });
            }
            b.Cylinder(t + new Vector3(0.2f, 0.745f, 0.3f), 0.04f, 0.12f, Palette.Shiny(200, 200, 220, 0.1f));
            b.Cylinder(t + new Vector3(-0.2f, 0.745f, -0.3f), 0.1f, 0.01f, Palette.White);
            Props.CeilingLight(b, new(x, h, -hd + 0.9f), pendant: true);
        }
        // Neon sign on the east wall.
        var neon = Palette.Glow(255, 60, 120, 6f);
        b.Box(new(hw - 0.05f, 2.2f, 0), new(0.05f, 0.6f, 2.4f), dark);
        for (int i = 0; i < 5; i++)
            b.Box(new(hw - 0.1f, 2.2f, -0.9f + i * 0.45f), new(0.03f, 0.4f, 0.06f), neon);
        b.Lamp(new(hw - 0.6f, 2.2f, 0), new Vector3(1f, 0.25f, 0.5f) * 3f, 6f);
        b.Box(new(-hw + 0.05f, 1.3f, 1f), new(0.04f, 0.9f, 1.4f), Palette.Matte(240, 230, 200));
        for (int i = 0; i < 6; i++)
            b.Box(new(-hw + 0.08f, 1.6f - i * 0.12f, 1f), new(0.01f, 0.05f, 1.1f), dark);
        for (float x = -5.8f; x <= 3.8f; x += 0.25f)
            b.Cylinder(new(x, 1.6f, hd - 0.08f), 0.04f, 0.28f, Palette.Vary(Palette.Shiny(60, 120, 70, 0.1f), ref b.Dice, 0.5f));
        b.Box(new(-1f, 1.58f, hd - 0.1f), new(10f, 0.03f, 0.2f), Palette.Steel);
        for (float x = -6f; x <= 6f; x += 3f)
            for (int k = 0; k < 4; k++)
                b.Box(new(x + (k - 1.5f) * 0.1f, 0.78f, -hd + 0.9f), new(0.06f, 0.1f, 0.04f), k % 2 == 0 ? Palette.Steel : Palette.Matte(200, 40, 40));
        for (float x = -6f; x <= 6f; x += 4f)
        {
            b.Cylinder(new(x, h - 0.35f, 0.5f), 0.03f, 0.35f, Palette.DarkMetal);
            for (int k = 0; k < 4; k++)
                b.Box(new(x, h - 0.36f, 0.5f), new(1.2f, 0.02f, 0.15f), Palette.DarkWood, k * MathF.PI / 4);
        }
        for (float x = -hw + 0.5f; x < hw; x += 1f)
            for (float z = -hd + 0.5f; z < hd; z += 1f)
                b.Box(new(x, h - 0.01f, z), new(0.95f, 0.02f, 0.95f), Palette.Vary(Palette.White, ref b.Dice, 0.04f));
        b.Stage = new Aabb(new(-hw + 0.5f, 0, -hd + 2.1f), new(hw - 0.5f, 2, hd - 2.2f));
    }
}
