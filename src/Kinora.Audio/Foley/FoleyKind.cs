namespace Kinora.Audio;

/// <summary>What makes a foley sound: a foot coming down, clothes moving, a chair taking weight, an object handled.</summary>
public enum FoleyKind { Footstep, Rustle, Creak, Handle }
