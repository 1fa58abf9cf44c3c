namespace Kinora.Production;

/// <summary>The kinds of set the world knows how to build. A location in the bible names one.</summary>
public enum LocationKind
{
    Street,
    Alley,
    Interior,
    Office,
    Kitchen,
    Diner,
    Warehouse,
    Forest,
    Meadow,
    Beach,
    Harbour,
    Desert,
    Road,
    Island,
}
